# slots and attribute access for borrowed callables
import functools, operator
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    __len__ = list.__len__
    __getitem__ = dict.get
    __iter__ = list.__iter__
    __repr__ = dict.__repr__
    __contains__ = dict.__contains__
    __setitem__ = dict.__setitem__
    __delitem__ = dict.__delitem__
    __hash__ = str.__hash__
    __call__ = dict.get
    __add__ = int.__add__
    __lt__ = int.__lt__
    __neg__ = int.__neg__
    __bool__ = int.__bool__
    __int__ = float.__int__
    __index__ = int.__index__
    __iadd__ = list.__iadd__
    m = dict.get
a = A()
show(lambda: len(a))
show(lambda: a[1])
show(lambda: iter(a))
show(lambda: repr(a))
show(lambda: 1 in a)
def si(): a[1] = 2
show(si)
def di(): del a[1]
show(di)
show(lambda: hash(a))
show(lambda: a(1))
show(lambda: a + 1)
show(lambda: a < 1)
show(lambda: -a)
show(lambda: bool(a))
show(lambda: int(a))
show(lambda: [0][a])
def ia():
    global a
    a += [1]
show(ia)
show(lambda: a.m(1))
class B:
    __len__ = staticmethod(lambda: 3)
    __repr__ = object.__repr__
    __str__ = repr
    __hash__ = id
    __call__ = print
    __iter__ = iter
    __next__ = next
    __neg__ = abs
    __getitem__ = functools.partial(operator.add, 10)
    __contains__ = functools.partial(isinstance)
    __eq__ = len
    __format__ = format
    __abs__ = operator.neg
    p = functools.partial(max, 5)
    __bool__ = bool
    __index__ = int
b = B()
show(lambda: len(b))
show(lambda: repr(b)[:18])
show(lambda: str(b))
show(lambda: hash(b))
show(lambda: b(1, 2))
show(lambda: iter(b))
show(lambda: -b)
show(lambda: b[5])
show(lambda: int in b)
show(lambda: b == [1, 2])
show(lambda: b != [1, 2])
show(lambda: format(b, 'x'))
show(lambda: f'{b}')
show(lambda: abs(b))
show(lambda: b.p(7))
show(lambda: b.p())
show(lambda: bool(b))
show(lambda: [1][b])
show(lambda: b.__len__())
show(lambda: B.__eq__([1]))
class S(str):
    __str__ = str.upper
    __len__ = str.__len__
    __repr__ = str.swapcase
print(str(S('abc')), len(S('abcd')), repr(S('aB')), S('q').__str__())
class L(list):
    __getitem__ = list.__getitem__
    __eq__ = list.__eq__
print(L([1, 2])[1], L([1]) == [1])
