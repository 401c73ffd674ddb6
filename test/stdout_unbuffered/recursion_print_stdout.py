# Under -u each write to a write-through stream goes a level deeper: where a runaway
# recursion that prints stops, and with which message.
def f(n):
    print(n)
    f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("\nRE", e)
import sys
def g(n):
    sys.stdout.write("a\n")
    g(n+1)
try:
    g(0)
except RecursionError as e:
    print("RE", e)
