# frames for lambdas and comprehensions are named <lambda> and <listcomp>
def invert(x):
    return 1 / x
values = [4, 2, 1]
print([invert(v) for v in values])
f = lambda x: invert(x - 1)
print(f(3))
print({v: invert(v) for v in values})
values.append(0)
print("about to divide by zero inside a comprehension")
print([invert(v) for v in values])
print("not reached")
