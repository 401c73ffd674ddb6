a = x[1]
b = x[1:2]
c = x[::2]
d = x[:]
e = x[1:2, ::3]
f = x[1, 2]
x[1:2] = y
del x[::2]
del x[0]
