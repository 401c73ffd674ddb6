# an exception raised without arguments prints just its class name
class Stop(Exception):
    pass
def check(n):
    if n > 2:
        raise Stop
    return n
try:
    check(10)
except Stop as e:
    print("caught once:", repr(e), repr(str(e)))
for i in range(5):
    print("checked", check(i))
