# Recursion through an instance's __call__ (and a metaclass's) is two levels a cycle, as CPython's tp_call check adds one; functools.partial, list[obj] (__index__) and operator.index are as CPython's
import sys
import functools
import operator

def depth_reached(start):
    n = [0]
    def counted(f):
        def inner(*a, **k):
            n[0] += 1
            return f(*a, **k)
        return inner
    try:
        start(counted)
    except RecursionError as e:
        return n[0], str(e)

class Call:
    def __init__(self, wrap):
        self.hook = wrap(lambda: None)
    def __call__(self):
        self.hook()
        return self()

class Meta(type):
    def __call__(cls, wrap):
        wrap(lambda: None)()
        return cls(wrap)

class WithMeta(metaclass=Meta):
    pass

class Index:
    def __init__(self, wrap):
        self.hook = wrap(lambda: None)
    def __index__(self):
        self.hook()
        return [1][self]

class OpIndex:
    def __init__(self, wrap):
        self.hook = wrap(lambda: None)
    def __index__(self):
        self.hook()
        return operator.index(self)

class Slice(Index):
    def __index__(self):
        self.hook()
        return len([1, 2][self:])

def partial_loop(wrap):
    hook = wrap(lambda: None)
    def k(x, y=0):
        hook()
        return p(x, y=1)
    p = functools.partial(k)
    p(1)

def sorted_loop(wrap):
    class Key:
        def __call__(self, x):
            hook()
            return sorted([1, 2], key=self)
    hook = wrap(lambda: None)
    Key()(1)

for name, start in [('call', lambda w: Call(w)()), ('metaclass', lambda w: WithMeta(w)),
                    ('list index', lambda w: [1][Index(w)]), ('operator.index', lambda w: operator.index(OpIndex(w))),
                    ('slice', lambda w: [1][Slice(w):]), ('partial', partial_loop), ('sorted key', sorted_loop)]:
    print(name, *depth_reached(start))

class A:
    def __call__(self):
        return self()

A()()
