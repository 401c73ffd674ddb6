# list operators: +, *, comparison, membership, nesting and aliasing
a = [1, 2, 3]
b = a + [4]
print(a, b, a * 2, [a] * 2)
print(a == [1, 2, 3], a != b, a < b, [2] > a, [] < [[]])
print(2 in a, 5 not in a, [1, 2] in [[1, 2], 3])
c = a
c.append(99)
print(a, c is a)
d = list(a)
d.append(100)
print(a, d)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(5)
shallow[1] = "replaced"
print(nested, shallow)
print(len([[], [], []]), [None] * 3, list(range(3)) * 2)
print([1, 2, 3][1:] + [4][:0], [x for x in a if x > 1])
e = []
e.append(e)
print(e, len(e))
