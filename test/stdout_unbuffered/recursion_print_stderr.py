# Under -u each write to a write-through stream goes a level deeper: where a runaway
# recursion that prints stops, and with which message.
import sys
def f(n):
    print(n, file=sys.stderr)
    f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RE", e)
def g(n):
    sys.stderr.write("a\n")
    g(n+1)
try:
    g(0)
except RecursionError as e:
    print("RE", e)
def h(n):
    print(n, end=" ")
    h(n+1)
try:
    h(0)
except RecursionError as e:
    print("RE", e)
def k(n):
    print()
    k(n+1)
try:
    k(0)
except RecursionError as e:
    print("RE", e)
