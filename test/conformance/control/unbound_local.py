# assigning a name anywhere in a function makes it local; reading early fails
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x
print(f())
def g():
    print(x)
g()
def h(flag):
    if flag:
        y = 1
    return y
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(isinstance(UnboundLocalError("x"), NameError))
def aug():
    x += 1
try:
    aug()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
