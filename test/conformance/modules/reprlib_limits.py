# reprlib.Repr: arrays, level 0, unsortable keys, type names with spaces, maxother/maxlong edges, recursive_repr attributes
import reprlib
from array import array

r = reprlib.Repr()
print(r.repr(array('i')), r.repr(array('i', range(3))), r.repr(array('d', range(10))), r.repr(array('b', [1])))
r.maxlevel = 0
print(r.repr([1]), r.repr([]), r.repr((1,)), r.repr(()), r.repr({1: 2}), r.repr({}), r.repr({1}), r.repr('abc'), r.repr(5))
r.maxlevel = 1
print(r.repr([[1], 2]), r.repr(((1,),)), r.repr({1: [2]}), r.repr([{}, [], ()]))
print(reprlib.repr({1, 'a', 2.5}) in ("{1, 2.5, 'a'}", "{1, 'a', 2.5}", "{2.5, 1, 'a'}", "{'a', 1, 2.5}", "{2.5, 'a', 1}", "{'a', 2.5, 1}"))
print(reprlib.repr({3: 'c', 1: 'a', 2: 'b'}), reprlib.repr({(2, 1): 0, (1, 2): 0}))
print(reprlib.repr(['x' * 40] * 2))
for n in range(0, 8):
    q = reprlib.Repr()
    q.maxstring = n
    q.maxlong = n
    q.maxother = n
    print(n, q.repr('abcdefghij'), q.repr(12345678901), q.repr(3.14159265358979))
class Weird:
    pass
Weird.__name__ = 'two words'
q = reprlib.Repr()
q.repr_two_words = lambda obj, level: 'spaced!'
print(q.repr(Weird()))
class Sub(reprlib.Repr):
    def repr_int(self, x, level):
        return 'int(%d@%d)' % (x, level)
print(Sub().repr([1, (2, [3])]))
class C:
    @reprlib.recursive_repr()
    def __repr__(self):
        "doc here"
        return 'C'
print(C.__repr__.__doc__, C.__repr__.__module__, hasattr(C.__repr__, '__wrapped__'), repr(C()))
print(reprlib.aRepr.maxstring, reprlib.aRepr.maxother, reprlib.aRepr.maxlong, reprlib.aRepr.maxdict)
