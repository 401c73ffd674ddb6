# simple function decorators that wrap and replace functions
def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return str(result).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"))
print(greet.__name__)
def trace(fn):
    def wrapper(*args):
        print("call", fn.__name__, args)
        r = fn(*args)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def register_none(fn):
    return None
@register_none
def gone():
    pass
print(gone)
def identity(fn):
    return fn
@identity
def same():
    return "same"
print(same(), same.__name__)
