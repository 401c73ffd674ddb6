# raise SystemExit (no argument) and sys.exit(None) exit with status 0
import sys
try:
    sys.exit(None)
except SystemExit as e:
    print("caught", repr(e), e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e), e.code)
print("now exiting for real")
raise SystemExit
