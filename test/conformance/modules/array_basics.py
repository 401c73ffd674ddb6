# array.array: construction, sequence operations, methods, repr/str.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__)
for c in array.typecodes:
    a = A(c)
    print(c, a.itemsize, a.typecode, repr(a), len(a))

a = A('i', [1, 2, 3])
print(a, str(a), repr(a), len(a), a[0], a[-1], a.typecode, a.itemsize)
print(A('d', [1.5, -0.0, float('inf'), float('nan')]))
print(A('f', [0.1, 1 / 3, 1e300, -2.5]))
print(A('u', 'héllo\n'), A('u', 'abc').tounicode(), str(A('u', 'a"b')))
print(A('q', [2**62, -2**63]), A('Q', [2**64 - 1]), A('L', [2**63]), A('l', [-5]))
print(A('b', b'\x01\xff'), A('B', bytearray(b'\x01\xff')), A('h', b'\x01\x00\xff\xff'))
print(A('d', A('i', [1, 2])), A('i', range(4)), A('i', (x * x for x in range(4))), A('u', A('u', 'xy')))
print(A('I', [True, False]), A('b', (1, 2)))

# indexing and slicing
a = A('i', range(10))
print(a[2:5], a[::3], a[::-1], a[8:2:-2], a[100:], a[-3:], type(a[1:2]).__name__)
a[0] = 100
a[-1] = -100
print(a)
a[1:3] = A('i', [7, 7, 7, 7])
print(a)
a[::2] = A('i', [0] * len(a[::2]))
print(a)
del a[0]
del a[1:3]
print(a)
del a[::2]
print(a)
a[len(a):] = A('i', [1, 2])
print(a)
a[:] = A('i')
print(a, len(a))
b = A('i', [1, 2, 3])
b[0:1] = b
print(b)

# methods
a = A('h', [3, 1, 4, 1, 5])
a.append(9)
a.extend([2, 6])
a.extend(A('h', [5, 3]))
a.insert(0, -1)
a.insert(-2, 42)
a.insert(100, 8)
a.insert(-100, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-3), a)
a.remove(1)
print(a, a.index(1), a.index(5), a.index(5, 4), a.index(5, -3, -1), a.count(1), a.count(5), a.count(99))
a.reverse()
print(a)
print(a.tolist(), type(a.tolist()).__name__)
a.fromlist([10, 20])
print(a)
print(1 in a, 99 in a, 1.0 in a, 'x' in a, 10 in a)
print(list(a), [x * 2 for x in A('b', [1, 2, 3])], list(reversed(A('b', [1, 2, 3]))), sum(A('d', [0.5, 0.25])))
print(bool(A('b')), bool(A('b', [0])))
bi = A('b', [1, 2, 3]).buffer_info()
print(type(bi).__name__, type(bi[0]).__name__, bi[1])

# operators
x = A('i', [1, 2])
y = A('i', [3])
print(x + y, x * 3, 2 * x, x * 0, x * -1, y * True)
z = x
z += y
print(z, x, z is x)
z *= 2
print(z, x)
z *= 0
print(z)
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) != A('i', [1, 2]), A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) <= A('i', [1]))
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('b', [1]) < A('d', [1.5]), A('i', [1]) > A('i'), A('u', 'ab') > A('u', 'a'))
print(A('i', [1]) == [1], A('i') != ())

# iteration is live, like a list's
a = A('i', [1, 2, 3])
it = iter(a)
print(next(it), type(it).__name__)
a.append(4)
print(list(it))

# copies
import copy
a = A('d', [1.0, 2.0])
c1 = copy.copy(a)
c2 = copy.deepcopy(a)
c1[0] = 9.0
print(a, c1, c2, c1 is a)

class MyArray(A):
    def total(self):
        return sum(self)
m = MyArray('i', [1, 2, 3])
print(repr(m), m.total(), type(m[:2]).__name__, type(m + m).__name__, isinstance(m, A), m == A('i', [1, 2, 3]))
