# Frames kept by a traceback or sys._getframe stay intact after their calls return.
import sys

def inner():
    try:
        raise ValueError("x")
    except ValueError as e:
        return e

def middle():
    return inner()

def outer():
    return middle()

err = outer()

def churn(n):
    if n:
        return churn(n - 1) + 1
    return 0

churn(50)
tb = err.__traceback__
f = tb.tb_frame
print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)

def grab():
    return sys._getframe()

def caller_of_grab():
    return grab()

g = caller_of_grab()
churn(50)
print(g.f_code.co_name, g.f_back.f_code.co_name, g.f_back.f_back.f_code.co_name)

def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield 2

it = gen()
print(next(it))
churn(10)
print(it.gi_frame.f_back)
print(next(it))
