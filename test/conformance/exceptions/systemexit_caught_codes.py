# SystemExit's code attribute for various arguments, caught before it ends the program
import sys
for args in ((), (0,), (2,), ("msg",), ((1, 2),), (None,), (True,)):
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(args, "->", repr(e.code), e.args)
try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, e.code, str(e))
e = SystemExit("a", "b")
print(e.code)
e.code = 9
print(e.code, e.args)
try:
    exit_code = 4
    raise SystemExit(exit_code)
except SystemExit as e:
    print("exit", e.code)
