# a closure can reference a variable assigned after the inner function is defined
def outer():
    def inner():
        return later * 2
    later = 21
    return inner()
print(outer())
def outer2():
    def inner():
        return missing
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)
    missing = 1
print(outer2())
def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(10))
def mutual():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even(10), is_odd(7), is_even(7)
print(mutual())
