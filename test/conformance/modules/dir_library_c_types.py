# dir() of library types that are C types in CPython: no private helpers, slots, __slots__ or __weakref__
import collections, contextvars, csv, datetime, decimal, functools, io, itertools, os, queue, sqlite3, types
import xml.etree.ElementTree as ET


def implementation_names(names):
    # What a class written in Python has and a C type does not: its private names and bookkeeping.
    return sorted(n for n in names
                  if (n.startswith('_') and not (n.startswith('__') and n.endswith('__')))
                  or n in ('__module__', '__slots__', '__weakref__', '__dict__'))


classes = [
    io.StringIO, io.BytesIO, functools.partial, queue.SimpleQueue,
    datetime.date, datetime.datetime, datetime.time, datetime.timedelta, datetime.timezone, datetime.tzinfo,
    decimal.Decimal, collections.defaultdict, collections.OrderedDict, types.SimpleNamespace,
    itertools.groupby, type(itertools.tee([])[0]), contextvars.Context, contextvars.ContextVar,
    contextvars.Token, os.DirEntry, sqlite3.Row, ET.Element,
    type(csv.reader([])), type(csv.writer(io.StringIO())),
]
for cls in classes:
    print(cls.__module__, cls.__name__, implementation_names(dir(cls)))

# Instances list what their class lists (and their own __dict__, where they have one).
samples = [io.StringIO('x'), io.BytesIO(b'x'), functools.partial(print, 1), datetime.date(2020, 1, 2),
           datetime.timedelta(days=1), decimal.Decimal('1.5'), collections.defaultdict(int),
           types.SimpleNamespace(a=1, _b=2), ET.Element('a')]
for obj in samples:
    print(type(obj).__name__, implementation_names(dir(obj)))


# A subclass's own names are its own: listed as usual.
class MyDate(datetime.date):
    _note = 'mine'
    def _helper(self):
        pass


class MyIO(io.IOBase):
    pass


print(implementation_names(dir(MyDate)))
print(implementation_names(dir(MyIO)))
print(datetime.date.__module__, io.StringIO.__module__, hasattr(datetime.date(2020, 1, 1), 'year'))
