# methods that take no arguments (METH_NOARGS) reject one with "X.m() takes no arguments (1 given)"
class A:
    pass
calls = [lambda: A.__subclasses__(1), lambda: int.mro(1), lambda: A.mro(1), lambda: [].copy(1), lambda: {}.keys(1),
         lambda: 'a'.upper(1), lambda: (1).bit_length(1), lambda: A().__reduce__(1), lambda: A().__sizeof__(1),
         lambda: int.__sizeof__(1, 1), lambda: 'ab'.__sizeof__(1), lambda: A().__dir__(1), lambda: A().__getstate__(1),
         lambda: iter([]).__length_hint__(1), lambda: iter(range(2)).__length_hint__(1), lambda: (x for x in []).close(1),
         lambda: {1}.copy(1), lambda: (1.5).hex(1), lambda: {}.popitem(1), lambda: [].clear(1),
         lambda: (1.5).__trunc__(1), lambda: (1.5).__floor__(1), lambda: (1.5).__ceil__(1), lambda: (1.5).__getnewargs__(1),
         lambda: (1).__getnewargs__(1), lambda: 1j.__complex__(1), lambda: 1j.__getnewargs__(1), lambda: b'x'.__bytes__(1),
         lambda: (1).__neg__(1), lambda: 'a'.__len__(1), lambda: (1.5).__neg__(1)]
for f in calls:
    try:
        f()
        print('no error')
    except TypeError as e:
        print(e)
print(A.mro(), int.__subclasses__()[:1], (1.5).__floor__(), 1j.__complex__(), b'x'.__bytes__(), A().__getstate__())
