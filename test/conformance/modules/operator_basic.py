import operator as o
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

print(o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.neg(3), o.pos(-3), o.abs(-2.5), o.invert(5), o.inv(0), o.not_(1), o.truth([]), o.index(True))
print(o.lshift(1, 4), o.rshift(16, 2), o.and_(6, 3), o.or_(6, 3), o.xor(6, 3))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.ge(1, 2), o.gt(3, 2), o.is_(None, None), o.is_not(1, None))
print(o.concat([1], [2]), o.contains('abc', 'b'), o.countOf([1, 2, 1], 1), o.indexOf('abc', 'c'))
d = {'a': 1}
o.setitem(d, 'b', 2); print(o.getitem(d, 'b'), d); o.delitem(d, 'a'); print(d)
l = [1]; print(o.iadd(l, [2]), l, o.iadd(1, 2), o.imul([0], 2))
print(o.length_hint([1, 2, 3]), o.length_hint(iter('ab')), o.length_hint(5, 7), o.call(len, 'ab'))
print(o.__add__(1, 2), o.__not__(0), o.__call__(max, 1, 2))
print(reduce(o.mul, range(1, 10)), reduce(o.add, ['a', 'b', 'c']))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), list(map(itemgetter(0, 1), rows)))
print(itemgetter(1), itemgetter(1, 'a'), itemgetter(slice(1, None))('abcd'), itemgetter('k')({'k': 9}))
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct
people = [P('bob', P('x')), P('al', P('y'))]
print([p.name for p in sorted(people, key=attrgetter('name'))], attrgetter('child.name')(people[0]), attrgetter('name', 'child.name')(people[1]))
print(attrgetter('name'), attrgetter('a.b', 'c'))
print(methodcaller('greet', 'hi')(people[0]), methodcaller('greet', 'yo', punct='?')(people[1]), methodcaller('upper')('abc'))
print(methodcaller('greet', 'hi', punct='.'))
