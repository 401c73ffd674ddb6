# SystemExit can be caught; its code attribute holds the argument
import sys
for arg in [(), (0,), (5,), ("text",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("caught SystemExit, code =", repr(e.code), "args =", e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by except Exception")
except SystemExit as e:
    print("caught at outer level", e.code)
print("program continues")
