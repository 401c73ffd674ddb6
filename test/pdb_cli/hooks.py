import sys
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        breakpoint()
        a, b = b, a + b
    return a
print(fib(3))
def g():
    import pdb; pdb.set_trace()
    z = 10
    return z * 2
print(g())
try:
    1/0
except ZeroDivisionError:
    import pdb; pdb.post_mortem()
print(sys.breakpointhook is sys.__breakpointhook__)
print("end")
