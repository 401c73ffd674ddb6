# del with slices, steps and indices
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[::-3]
print(a)
b = list(range(10))
del b[1:8:3]
print(b)
del b[5:]
print(b)
del b[:]
print(b, len(b))
c = list("abcdefgh")
del c[-3:-1]
print(c)
del c[10:20]
print(c)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
e = [[1, 2, 3], [4, 5, 6]]
del e[1][::2]
del e[0][0]
print(e)
