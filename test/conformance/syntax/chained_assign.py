# chained assignment binds the same object to every target, left to right
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
d = {}
d["k"] = d["j"] = 0
print(d)
lst = [0, 0, 0]
i = lst[i] = 1
print(i, lst)
class O:
    pass
o = O()
o.a = o.b = "same"
print(o.a, o.b)
p, q = r = 1, 2
print(p, q, r)
m = n = len("abc") * 2
print(m, n)
