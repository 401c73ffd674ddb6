# slice assignment: replace, grow, shrink, insert, extended slices with step
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:6] = [0]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[:] = range(6)
print(a)
a[::2] = ["e0", "e2", "e4"]
print(a)
a[1::2] = "abc"
print(a)
a[::-1] = range(6)
print(a)
b = [1, 2, 3, 4, 5]
b[3:1] = ["ins"]
print(b)
b[-2:] = []
print(b)
c = [0] * 10
c[1:9:3] = [7, 8, 9]
print(c)
c[5:] = c[:2]
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
