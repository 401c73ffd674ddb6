# faulthandler: enable/disable/is_enabled, dump_traceback of the current stack (all_threads=False), errors
import faulthandler
import io
import sys

print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.enable(), faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.is_enabled(), faulthandler.enable(sys.stdout, all_threads=False))
print(faulthandler.cancel_dump_traceback_later(), faulthandler.unregister(10))


def inner():
    print("before dump")
    faulthandler.dump_traceback(sys.stderr, all_threads=False)
    print("after dump")


def outer():
    inner()


outer()
faulthandler.dump_traceback(file=sys.stderr, all_threads=False)
for bad in [io.StringIO(), "x", -1]:
    for fn in (faulthandler.enable, faulthandler.dump_traceback):
        try:
            fn(bad)
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
for timeout in (0, -1.5):
    try:
        faulthandler.dump_traceback_later(timeout)
    except ValueError as e:
        print("ValueError:", e)
print(sorted(faulthandler.__all__) if hasattr(faulthandler, "__all__") else "no __all__")
