# `del o.name` in compiled loops and function bodies: an instance's own attribute removed
# (vars() order after re-adding it), and everything else as the generic path does it: a
# missing attribute's AttributeError, a class's own __delattr__, a property's deleter, a
# data descriptor's __delete__, __slots__, a class attribute, a function's and a module's.
import sys

class Plain:
    pass

class Logged:
    def __init__(self):
        self.log = []
    def __delattr__(self, name):
        self.log.append(name)
        object.__delattr__(self, name)

class Prop:
    def __init__(self):
        self.deleted = 0
    @property
    def p(self):
        return 1
    @p.deleter
    def p(self):
        self.deleted += 1

class Desc:
    def __get__(self, o, t):
        return 'got'
    def __set__(self, o, v):
        pass
    def __delete__(self, o):
        o.__dict__['desc_deleted'] = o.__dict__.get('desc_deleted', 0) + 1

class WithDesc:
    d = Desc()

class Slotted:
    __slots__ = ('a', 'b')

def churn(n):
    o = Plain()
    o.a = 1
    o.x = 2
    o.b = 3
    orders = []
    for i in range(n):
        del o.x
        o.x = i
        if i % 100 == 0:
            orders.append(list(vars(o)))
    return orders[-1], o.x

print(churn(300))

def kinds(n):
    lg, pr, wd, sl = Logged(), Prop(), WithDesc(), Slotted()
    errors = []
    for i in range(n):
        lg.v = i
        del lg.v
        del pr.p
        del wd.d
        sl.a = i
        del sl.a
        try:
            del sl.b
        except AttributeError as e:
            errors.append(str(e))
        p = Plain()
        try:
            del p.missing
        except AttributeError as e:
            errors.append(str(e))
        def f():
            pass
        f.attr = 1
        del f.attr
    return len(lg.log), pr.deleted, wd.__dict__, sorted(set(errors)), hasattr(sl, 'a')

print(kinds(300))

class K:
    shared = 1

def class_attrs(n):
    seen = []
    for i in range(n):
        K.tmp = i
        del K.tmp
        seen.append(hasattr(K, 'tmp'))
    return any(seen)

print(class_attrs(300))

mod = type(sys)('m')

def module_attrs(n):
    for i in range(n):
        mod.x = i
        del mod.x
    return hasattr(mod, 'x')

print(module_attrs(300))

def body(o):
    o.tmp = 1
    del o.tmp
    del o.tmp

o = Plain()
for i in range(300):
    try:
        body(o)
    except AttributeError as e:
        last = e
print(last)
body(o)
