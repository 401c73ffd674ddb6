# sys.exit(n) ends the program with exit status n; later code does not run
import sys
print("before exit")
def finish(code):
    print("exiting with", code)
    sys.exit(code)
try:
    print("in try")
finally:
    print("finally still runs before exit")
finish(3)
print("never printed")
