# finally blocks run innermost first while an exception propagates through several frames
def c(n):
    try:
        print("c start", n)
        return 10 // n
    finally:
        print("c finally")
def b(n):
    try:
        return c(n) + 1
    finally:
        print("b finally")
def a(n):
    try:
        r = b(n)
        print("a got", r)
        return r
    finally:
        print("a finally")
print(a(2))
try:
    a(0)
except ZeroDivisionError as e:
    print("top caught:", e)
