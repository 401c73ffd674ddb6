# Recursive fib: the cost of a Python-level call and return.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 34
print("checksum", fib(n))
