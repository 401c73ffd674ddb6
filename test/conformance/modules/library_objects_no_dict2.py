# More library objects without an instance __dict__ (itertools.groupby/_tee, posix.DirEntry, decimal.ContextManager, _contextvars.Context): new attributes are refused with the C type's name
import collections, csv, io, itertools, functools, logging, json, re, sys, operator, types, asyncio, threading, sqlite3, tempfile, os, zipfile, hashlib, array, heapq, string, fractions, decimal, datetime, enum, textwrap, shlex, difflib, argparse, configparser, selectors, socket, math, random, statistics, abc, typing, inspect, contextvars, uuid, traceback, warnings, pprint, copy, weakref, codecs, struct, time
def co(): pass
async def aco(): pass
objs = {
 "csv.DictReader": csv.DictReader([]), "csv.Dialect": csv.excel(), "json.JSONDecoder": json.JSONDecoder(), "json.JSONDecodeError": json.JSONDecodeError("m", "d", 0),
 "logging.Handler": logging.StreamHandler(), "logging.Formatter": logging.Formatter(), "LogRecord": logging.LogRecord("n", 10, "p", 1, "m", None, None), "logging.Filter": logging.Filter(),
 "re.Scanner": re.Scanner([("a", None)]), "StringIO": io.StringIO(), "TextIOWrapper": io.TextIOWrapper(io.BytesIO()), "BufferedReader": io.BufferedReader(io.BytesIO()), "FileIO?": None,
 "lru_cache": functools.lru_cache(co), "cached_property": functools.cached_property(co), "singledispatch": functools.singledispatch(co), "methodcaller": operator.methodcaller("x"), "MethodType": types.MethodType(co, 1), "MappingProxy": types.MappingProxyType({}), "dict_keys": {}.keys(), "dict_items": {}.items(),
 "generator": (i for i in ()), "coroutine": None, "Thread": threading.Thread(), "RLock": threading.RLock(), "Condition": threading.Condition(), "Semaphore": threading.Semaphore(), "local": threading.local(), "Timer": threading.Timer(1, co),
 "sqlite3.Row?": None, "hash": hashlib.sha256(), "groupby": itertools.groupby([]), "tee": itertools.tee([])[0], "product": itertools.product(), "islice": itertools.islice([], 1), "accumulate": itertools.accumulate([]),
 "Formatter": string.Formatter(), "Decimal": decimal.Decimal(1), "localcontext": decimal.localcontext(), "Fraction": fractions.Fraction(1), "tzinfo sub": None, "EnumMeta": None, "Flag member": enum.Flag("F", "A").A, "shlex": shlex.shlex(""), "SequenceMatcher": difflib.SequenceMatcher(),
 "ArgumentParser": argparse.ArgumentParser(), "ConfigParser": configparser.ConfigParser(), "SectionProxy": None, "socket": None, "Random": random.Random(), "SystemRandom": random.SystemRandom(), "NormalDist": statistics.NormalDist(), "Signature": inspect.signature(co), "Parameter": None,
 "ContextVar": contextvars.ContextVar("v"), "Context": contextvars.copy_context(), "UUID": uuid.uuid4(), "FrameSummary": traceback.FrameSummary("f", 1, "n"), "catch_warnings": warnings.catch_warnings(), "PrettyPrinter": pprint.PrettyPrinter(),
 "WeakKeyDictionary": weakref.WeakKeyDictionary(), "IncrementalDecoder": codecs.getincrementaldecoder("utf-8")(), "CodecInfo": codecs.lookup("utf-8"), "struct_time": time.localtime(0), "TypeVar": typing.TypeVar("T"), "GenericAlias": list[int], "UnionType": int | str, 
 "date.today?": None, "Event loop": None, "Future": None, "re flags": re.I, "ABCMeta class": None, "zip file": None, "array": array.array("b"), "heapq?": None, "TemporaryFile": None, "os.stat_result": os.stat("."), "os.DirEntry": next(os.scandir(".")), "sched?": None,
}
objs["SectionProxy"] = objs["ConfigParser"]["DEFAULT"]
objs["Parameter"] = list(inspect.signature(lambda a: 0).parameters.values())[0]
loop = asyncio.new_event_loop()
objs["coroutine"] = aco()
class TZ(datetime.tzinfo): pass
objs["tzinfo sub"] = TZ()
for name, o in objs.items():
    if o is None: continue
    try:
        o.zz_attr = 1
        r = "settable"
    except AttributeError as e:
        r = f"AE: {e}"
    except TypeError as e:
        r = f"TE: {e}"
    print(f"{name:20} dict={hasattr(o, '__dict__')!s:5} {r}")
objs["coroutine"].close(); loop.close()
print(type(__import__('decimal').localcontext()), type(next(__import__('os').scandir('.'))), type(__import__('contextvars').copy_context()))
