# += on lists mutates in place (aliases see it); on tuples and strs it rebinds
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "x"
r = s
s += "y"
print(s, r)
c = [0]
d = c
c *= 3
print(c, d, c is d)
e = [1]
e += (2, 3)
e += "ab"
e += range(2)
print(e)
try:
    e = e + (4,)
except TypeError as exc:
    print("TypeError:", exc)
