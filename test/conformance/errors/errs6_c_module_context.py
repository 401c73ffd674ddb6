# Exceptions raised inside library code standing for C code (csv, json, decimal, datetime,
# collections, ...): chained only to what the caller was handling, never to an exception
# that code caught itself (CPython's C code has no Python-level except blocks).
import csv, io, json, struct, pickle, decimal, datetime, collections, functools, itertools

def show(label, fn):
    try:
        fn()
    except BaseException as e:
        chain = []
        x = e
        while x is not None:
            chain.append(f"{type(x).__name__}: {x}")
            x = x.__context__
        print(label, "->", " <- ".join(chain), "| suppress:", e.__suppress_context__)

class Bad:
    def __str__(self): raise TypeError("boom")
    def __repr__(self): raise ValueError("rboom")

w = csv.writer(io.StringIO())
show("csv writerow int", lambda: w.writerow(5))
show("csv writerow Bad", lambda: w.writerow([Bad()]))
show("csv writer no write", lambda: csv.writer(5))
show("csv reader bad", lambda: next(csv.reader(5)))
show("csv dialect", lambda: csv.get_dialect("nope"))
show("csv quoting", lambda: csv.writer(io.StringIO(), quoting=99))
show("json dumps", lambda: json.dumps({1j: 2}))
show("json dumps obj", lambda: json.dumps(object()))
show("json loads", lambda: json.loads("{bad"))
show("struct", lambda: struct.pack("i", "x"))
show("struct2", lambda: struct.pack("i", 2**40))
show("pickle", lambda: pickle.dumps(lambda: 0))
show("pickle loads", lambda: pickle.loads(b"garbage"))
show("decimal", lambda: decimal.Decimal("abc"))
show("decimal2", lambda: decimal.Decimal(1) / 0)
show("datetime", lambda: datetime.date(2020, 13, 1))
show("fromiso", lambda: datetime.date.fromisoformat("2020-13-01"))
show("strptime", lambda: datetime.datetime.strptime("x", "%Y"))
show("partial", lambda: functools.partial())
show("reduce", lambda: functools.reduce(lambda a, b: a + b, []))
show("OrderedDict", lambda: collections.OrderedDict().popitem())
show("OrderedDict mte", lambda: collections.OrderedDict().move_to_end(1))
show("deque", lambda: collections.deque().pop())
show("deque remove", lambda: collections.deque([1]).remove(2))
show("ChainMap", lambda: collections.ChainMap().pop(1))
show("islice", lambda: itertools.islice([], -1))

# Raised inside a handler of the caller: chained to the caller's exception only.
def in_handler(fn):
    try:
        raise KeyError("outer")
    except KeyError:
        fn()
show("h csv writerow int", lambda: in_handler(lambda: w.writerow(5)))
show("h csv Bad", lambda: in_handler(lambda: w.writerow([Bad()])))
show("h json", lambda: in_handler(lambda: json.dumps(object())))
show("h decimal", lambda: in_handler(lambda: decimal.Decimal("abc")))
show("h strptime", lambda: in_handler(lambda: datetime.datetime.strptime("x", "%Y")))
show("h deque", lambda: in_handler(lambda: collections.deque([1]).remove(2)))

# Loops: the JIT compiles hot code; the chain must not change.
for i in range(300):
    try:
        w.writerow(i)
    except csv.Error as e:
        if i % 100 == 0: print(i, repr(e), repr(e.__context__))
    try:
        try:
            raise KeyError(i)
        except KeyError:
            w.writerow(i)
    except csv.Error as e:
        if i % 100 == 0: print(i, repr(e), repr(e.__context__))
# Uncaught: one traceback, no "During handling" chain from the module's own internals.
w.writerow(5)
