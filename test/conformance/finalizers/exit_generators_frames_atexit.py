# Suspended generators (with a finally, no class with __del__) in an uncaught exception's frames and held by an atexit registration are closed when CPython drops them
import sys, atexit
def gen(i):
    try:
        yield i
    finally:
        print('close', i)
def reg(g):
    print('atexit', next(g, None))
h = gen(5); next(h)
atexit.register(reg, gen(77))
def f():
    local = gen(99); next(local)
    sys.exit(3)
f()
