# A suspended generator in the frame of an uncaught exception is closed first at exit, before the list of generators the module holds
import sys
def gen(i):
    try:
        yield i
    finally:
        print('close', i)
gens = [gen(i) for i in range(3)]
for g in gens: next(g)
def f():
    local = gen(99); next(local)
    raise ValueError('boom')
f()
