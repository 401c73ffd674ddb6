# Found by CPython's test_bytes: %-format keys with nested parentheses (%b too), bytes * 1 is
# the same object, bytes() of a list an __index__ shrinks, iterators of empty bytes reduce
# to their sequence until next() finds the end.
import pickle

print(b'...%(f(o)o)b...' % {b'f(o)o': b'abc', b'foo': b'bar'})
print(b'...%(f(o)o)s|%(x)5b|%%|%(x)-3b|' % {b'f(o)o': b'abc', b'x': b'y'})
print(bytearray(b'%(a(b)c)b') % {b'a(b)c': b'nested'})
try:
    print(b'%(a(b)s' % {b'a(b': 1})
except ValueError as e:
    print(e)
a = b'123'
print(a * 1 is a, 1 * a is a, a * 2 is a, a * 0, bytearray(a) * 1 is a)


class Sub(bytes):
    pass


s = Sub(b'xy')
print(type(s * 1).__name__, s * 1 is s)


class X:
    def __index__(self):
        lst.clear()
        return 42


lst = [X(), X()]
print(bytes(lst))
lst = [X(), X()]
print(bytearray(lst))
for t in (bytes, bytearray):
    for data in (b'', b'a', b'abc'):
        it = iter(t(data))
        print(t.__name__, it.__reduce__()[1:], end=' ')
        again = pickle.loads(pickle.dumps(it))
        print(type(again).__name__, list(again), end=' ')
        list(it)
        print(it.__reduce__()[1:])
