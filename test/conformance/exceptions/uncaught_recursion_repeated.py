# a recursion that fails at a fixed depth: repeated traceback lines are collapsed
def descend(n):
    if n == 0:
        raise ValueError("bottom of the recursion")
    return descend(n - 1)
print("depth 3 ok?")
try:
    descend(3)
except ValueError as e:
    print("caught", e)
descend(40)
