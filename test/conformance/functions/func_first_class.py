# functions as values: stored in containers, passed and returned
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
def mul(a, b):
    return a * b
table = {"+": add, "-": sub, "*": mul}
for op in "+-*":
    print(op, table[op](7, 3))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v + 3, 10), apply_twice(str.upper, "abc"))
funcs = [add, sub, mul]
print([f(2, 5) for f in funcs])
print([f.__name__ for f in funcs])
def make_op(name):
    return table[name]
print(make_op("*")(6, 7))
print(add == add, add == sub, add is table["+"])
print(sorted(["b", "A", "c"], key=str.lower))
print(list(map(len, ["aa", "b", ""])))
print(max([3, -10, 5], key=abs))
