x = 1
y = z = x
a, b = b, a
a, b, c = c, b, a
t = 1, 2
del x, y
