# argument-count errors of slot wrappers called directly: sequence repeats and __get__/__set__ unpack with no name
import collections, array
class A:
    __slots__ = ('a',)
    @property
    def p(self):
        return 1
calls = [lambda: [].__mul__(), lambda: [].__mul__(1, 2), lambda: [].__rmul__(), lambda: [].__imul__(), lambda: ().__mul__(),
         lambda: 'a'.__mul__(), lambda: 'a'.__rmul__(1, 2), lambda: b'a'.__mul__(), lambda: bytearray().__imul__(),
         lambda: collections.deque().__mul__(), lambda: array.array('b').__mul__(), lambda: (1).__mul__(), lambda: (1.5).__rmul__(),
         lambda: [].__setitem__(0), lambda: [].__add__(), lambda: [].__mul__(a=1),
         lambda: (lambda: 0).__get__(), lambda: A.__dict__['a'].__get__(), lambda: A.__dict__['a'].__set__(),
         lambda: A.__dict__['a'].__delete__(), lambda: vars(int)['real'].__get__(), lambda: vars(int)['real'].__delete__(),
         lambda: staticmethod(len).__get__(), lambda: classmethod(len).__get__(), lambda: str.upper.__get__(),
         lambda: vars(dict)['fromkeys'].__get__(), lambda: super(A).__get__(), lambda: A.p.__get__(1, 2, 3),
         lambda: A.p.__set__(1), lambda: A.p.__delete__(), lambda: A.p.__set_name__(), lambda: A.p.__set_name__(1, 2, 3)]
for f in calls:
    try:
        f()
        print('no error')
    except TypeError as e:
        print(repr(str(e)))
