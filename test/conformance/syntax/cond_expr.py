# conditional expressions: value selection, nesting and laziness
x = 5
print("pos" if x > 0 else "neg")
print("pos" if -x > 0 else "neg")
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 3)])
def boom():
    raise RuntimeError("evaluated!")
print(1 if True else boom())
print(boom() if False else 2)
y = [] if x else [1]
print(y)
print((lambda v: v * 2 if v else -1)(0), (lambda v: v * 2 if v else -1)(4))
print(1 + (10 if x == 5 else 20))
print(1 + 10 if x != 5 else 20)
z = (x if x % 2 else x // 2) if x > 2 else 0
print(z)
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
print("a" if "" else "b", "a" if "s" else "b", "a" if None else "b")
