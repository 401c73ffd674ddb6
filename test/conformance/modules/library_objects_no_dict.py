# Library objects that have no instance __dict__ in CPython (decimal.Context, dataclasses.Field/InitVar, pathlib paths, ...) refuse new attributes
import collections, decimal, fractions, datetime, functools, re, io, itertools, operator, enum, dataclasses, types, array, random, string, textwrap, heapq, statistics, pathlib, json, csv, logging, threading, queue, struct, uuid, ipaddress, contextlib, weakref, argparse
objs = {"OrderedDict": collections.OrderedDict(), "Counter": collections.Counter(), "ChainMap": collections.ChainMap(), "deque": collections.deque(), "namedtuple": collections.namedtuple("P", "a")(1),
 "Decimal": decimal.Decimal(1), "Context": decimal.getcontext(), "Fraction": fractions.Fraction(1), "date": datetime.date(2020, 1, 1), "datetime": datetime.datetime(2020, 1, 1), "timedelta": datetime.timedelta(1), "timezone": datetime.timezone.utc, "time": datetime.time(),
 "partial": functools.partial(max), "Pattern": re.compile("a"), "Match": re.match("a", "a"), "StringIO": io.StringIO(), "BytesIO": io.BytesIO(), "count": itertools.count(), "chain": itertools.chain(), "itemgetter": operator.itemgetter(1), "attrgetter": operator.attrgetter("a"),
 "Enum member": enum.Enum("E", "A").A, "Field": dataclasses.field(), "SimpleNamespace": types.SimpleNamespace(), "array": array.array("i"), "Random": random.Random(), "Template": string.Template(""), "TextWrapper": textwrap.TextWrapper(), "NormalDist": statistics.NormalDist(),
 "PurePath": pathlib.PurePosixPath("a"), "JSONEncoder": json.JSONEncoder(), "Logger": logging.getLogger("x"), "Lock": threading.Lock(), "Event": threading.Event(), "Queue": queue.Queue(), "Struct": struct.Struct("i"), "UUID": uuid.UUID(int=1), "IPv4": ipaddress.ip_address("1.2.3.4"),
 "nullcontext": contextlib.nullcontext(), "WeakSet": weakref.WeakSet(), "Namespace": argparse.Namespace(), "range": range(1), "slice": slice(1), "memoryview": memoryview(b""), "map": map(str, []), "zip": zip(), "enumerate": enumerate([]), "property": property(), "staticmethod": staticmethod(len), "classmethod": classmethod(len), "super": super(int, 1), "object": object(), "function": lambda: 0, "builtin": len, "method": [].append, "module": types, "frame": None, "generator": (x for x in []), "code": (lambda: 0).__code__, "cell": (lambda: (lambda: x))() if False else None, "exception": ValueError(), "type": int, "NotImplemented": NotImplemented, "Ellipsis": ...}
for name, o in objs.items():
    if o is None: continue
    try:
        o.zz_attr = 1
        r = "settable"
    except AttributeError as e:
        r = f"AE: {e}"
    except TypeError as e:
        r = f"TE: {e}"
    print(f"{name:16} dict={hasattr(o, '__dict__')!s:5} {r}")
import decimal, copy, pickle
c = decimal.Context(prec=5, traps=[decimal.Overflow])
for act in (lambda: setattr(c, "zz", 1), lambda: setattr(c, "prec", "x"), lambda: setattr(c, "prec", 0), lambda: setattr(c, "rounding", "bad")):
    try: act(); print("ok")
    except (AttributeError, TypeError, ValueError) as e: print(type(e).__name__, e)
print(c, hasattr(c, "__dict__"))
print(copy.copy(c), copy.deepcopy(c).prec, pickle.loads(pickle.dumps(c)).prec, c.copy().traps[decimal.Overflow])
class MyCtx(decimal.Context):
    pass
m = MyCtx(prec=3); m.extra = 1; print(m.extra, m.prec, vars(m))
with decimal.localcontext(c) as lc:
    print(decimal.Decimal(1) / 3, lc.prec)
print(decimal.getcontext().prec)
