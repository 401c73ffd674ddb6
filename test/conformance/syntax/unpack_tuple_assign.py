# tuple/list unpacking in assignment, swaps and nested targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
[p, q] = (10, 20)
print(p, q)
(m, (n, o)) = (1, (2, 3))
print(m, n, o)
((a1, a2), (b1, b2)) = [[1, 2], [3, 4]]
print(a1, a2, b1, b2)
i, j = range(2)
print(i, j)
k, = [42]
print(k)
(l,) = "L"
print(l)
d = {"one": 1, "two": 2}
first, second = d
print(first, second)
k1, k2 = d.items()
print(k1, k2)
lst = [0, 0, 0]
lst[0], lst[2] = 5, 6
print(lst)
n1 = n2 = (7, 8)
u, v = n1
print(u + v, n2)
s = [1, 2, 3]
s[0], s[1], s[2] = s[2], s[0], s[1]
print(s)
