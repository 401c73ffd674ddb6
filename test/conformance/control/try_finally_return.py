# return inside try runs finally; a return in finally overrides the value
def f():
    try:
        return "from try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return "from try"
    finally:
        return "from finally"
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(h())
def k():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(k())
def loop():
    for i in range(5):
        try:
            if i == 3:
                return i
        finally:
            print("iteration", i)
print(loop())
