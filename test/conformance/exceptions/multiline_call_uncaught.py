def foo(a, b):
    return a / b


x = foo(
    1,
    0)
