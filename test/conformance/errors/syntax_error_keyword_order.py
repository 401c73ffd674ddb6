# a positional argument after a keyword argument in a call
print("never printed")
def f(a, b=0, c=0):
    return a + b + c
print(f(1, b=2))
print(f(1, 2, c=3))
args = [1, 2]
print(f(*args, c=4))
print(f(a=1, 2))
print("unreachable")
