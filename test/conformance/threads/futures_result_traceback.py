# The traceback of an exception Future.result() re-raises: the frames (function, source line) it goes through, as CPython's
import concurrent.futures as cf
import traceback


def frames(exc):
    return [(f.name, f.line) for f in traceback.extract_tb(exc.__traceback__)]


def parse(text):
    return int(text)


def job(text):
    return parse(text) * 2


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    good = ex.submit(job, "21")
    bad = ex.submit(job, "x")
    print(good.result())
    try:
        bad.result()
    except ValueError as e:
        print(type(e).__name__, e)
        for fr in frames(e):
            print("   ", fr)
    print(repr(bad.exception()))
    try:
        list(ex.map(job, ["1", "two"]))
    except ValueError as e:
        print("map:", e)
        for fr in frames(e):
            print("   ", fr)
    for fut in cf.as_completed([ex.submit(job, "?")]):
        try:
            fut.result(timeout=5)
        except ValueError as e:
            print("as_completed:", [name for name, _ in frames(e)])

f = cf.Future()
f.set_exception(KeyError("k"))
try:
    f.result()
except KeyError as e:
    print(repr(e), frames(e))
f = cf.Future()
f.set_result(None)
print(f.result(), f.exception())
