m = memoryview(b'abc')
it = iter(m)
print(type(it).__name__, type(it).__qualname__, repr(it)[:25])
print(next(it), list(it), list(it))
print(iter(it) is it)
m2 = memoryview(bytearray(b'xy'))
it2 = iter(m2)
m2[1] = 65
print(list(it2))
import array
print(list(iter(memoryview(array.array('i',[1,2,3])))))
try: type(it)()
except TypeError as e: print(e)
print(hasattr(it, '__length_hint__'), hasattr(it, '__reduce__'))
try: iter(memoryview(b'ab').cast('B', shape=[1,2]))
except NotImplementedError as e: print(e)
it3 = iter(memoryview(b'ab')); m3 = None
import operator
print(operator.length_hint(iter(memoryview(b'abc'))))
m=memoryview(b'ab'); it=iter(m); print(next(it)); m.release()
try: next(it)
except Exception as e: print(type(e).__name__, e)
m=memoryview(b'abcdef')[::2]
print(list(m), [x for x in m], list(memoryview(b'abcd').cast('c')))
print(list(memoryview(array.array('d',[1.5,2.5]))))
for a, b in [memoryview(b'ab')]: pass
try:
    for a, b in [iter(memoryview(b'ab'))]: print(a, b)
except Exception as e: print(e)
