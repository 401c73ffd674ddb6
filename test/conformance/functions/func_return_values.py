# return values: None by default, multiple values as tuples, early returns
def nothing():
    pass
def explicit_none():
    return
def pair():
    return 1, 2
def single_tuple():
    return (1,)
def div(a, b):
    if b == 0:
        return None
    return a // b, a % b
print(nothing(), explicit_none(), pair(), single_tuple())
q, r = div(17, 5)
print(q, r, div(1, 0))
def returns_function():
    def f():
        return "inner"
    return f
print(returns_function()())
def returns_list():
    return [1, 2, 3]
returns_list().append(4)
print(returns_list())
def returns_self_call(n):
    return n if n > 100 else returns_self_call(n * 3)
print(returns_self_call(1))
