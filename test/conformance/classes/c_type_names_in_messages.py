# Classes tpy writes in Python that are C types in CPython carry the module in messages ('collections.OrderedDict' ...)
import collections, functools, itertools, datetime, io
for cls in [collections.OrderedDict, collections.defaultdict, collections.deque, functools.partial, itertools.count, datetime.date, datetime.timedelta, io.StringIO]:
    try:
        cls.nope
    except AttributeError as e:
        print(e)
for obj in [collections.OrderedDict(), collections.defaultdict(), collections.deque(), itertools.count(), datetime.timedelta(1), io.BytesIO()]:
    try:
        obj.nope
    except AttributeError as e:
        print(e)
class Mine(collections.OrderedDict):
    pass
try:
    Mine().nope
except AttributeError as e:
    print(e)
print(collections.OrderedDict.__name__, type(io.StringIO()).__name__, repr(datetime.date), Mine.__name__)
try:
    datetime.date(2020, 1, 1) < 3
except TypeError as e:
    print(e)
