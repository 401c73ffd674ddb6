# tuple construction: commas, parentheses, trailing commas, empty and singleton
t = 1, 2, 3
print(t, type(t).__name__)
u = 1,
print(u, len(u))
e = ()
print(e, len(e))
print((1), (1,), ((1,),), (1, (2, (3,))))
v = (1, 2,)
print(v)
w = [1, 2,]
print(w)
def f():
    return 1, 2
print(f(), type(f()).__name__)
for x in 1, 2:
    print(x)
print(tuple(), tuple("ab"), tuple([1]))
a = 5
b = a,
print(b, b[0])
print(len(((),)), () == (), (1, 2) + (3,), (0,) * 3)
