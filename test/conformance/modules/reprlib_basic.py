# reprlib: Repr's limits for every container, strings, ints, other objects, nesting levels, subclass hooks, recursive_repr
import reprlib
from collections import deque

r = reprlib.repr
print(r(list(range(3))), r(list(range(20))), r(tuple(range(10))), r((1,)), r(()), r([]))
print(r({1, 2, 3}), r(set(range(20))), r(set()), r(frozenset(range(10))), r(frozenset()), r(frozenset([1])))
print(r({i: i * i for i in range(10)}), r({}), r({'b': 1, 'a': 2}), r({1: 'x', 'a': 2}))
print(r(deque(range(10))), r(deque()))
print(r('short'), r('x' * 100), r('a' * 15 + 'b' * 15), r('a' * 16 + 'b' * 15), r('it\'s "q" ' * 10), r('é\n' * 40))
print(r(2 ** 200), r(-(10 ** 50)), r(10 ** 39), r(10 ** 40), r(3.5), r(None), r(True))
print(r([[[[[[[1]]]]]]]), r([[[[[[[[1]]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(r([1, 'two', (3, [4, {5: 6}])]), r(b'bytes' * 20), r(range(100)))


class Long:
    def __repr__(self):
        return 'Long(' + '0123456789' * 5 + ')'


class Broken:
    def __repr__(self):
        raise ValueError('no')


print(r(Long()), r([Long()]))
print(r(Broken()).startswith('<Broken instance at 0x'))

a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.maxdict = 1
a.maxlong = 6
a.maxother = 8
a.fillvalue = '~'
print(a.repr(list(range(5))), a.repr('abcdefghijklmnop'), a.repr([[[1]]]), a.repr({1: 2, 3: 4}), a.repr(10 ** 20), a.repr(Long()))
print(a.maxtuple, a.maxset, a.maxfrozenset, a.maxdeque, a.maxarray, reprlib.aRepr.maxlevel, reprlib.aRepr.fillvalue)
z = reprlib.Repr()
z.maxstring = 0
z.maxlong = 2
print(z.repr('abc'), z.repr(12345), z.repr(''))


class MyRepr(reprlib.Repr):
    def repr_Long(self, obj, level):
        return '<long>'

    def repr_str(self, obj, level):
        return 'S:' + obj


print(MyRepr().repr([Long(), 'x', 1]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return '<%s %s>' % (self.name, self.children)


n = Node('a')
n.children.append(Node('b'))
n.children.append(n)
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


class Other(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(' + ', '.join(repr(x) for x in self) + ')'


o = Other([1])
o.append(o)
print(repr(o))
print(reprlib.__all__)
