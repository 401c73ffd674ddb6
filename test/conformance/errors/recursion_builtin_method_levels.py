# A recursion without a base case fails at the built-in call CPython checks: METH_O/NOARGS/VARARGS methods and math functions, range(), int(), repr(), f-string ints, round()
import sys
import math

def last_frame(e):
    tb = e.__traceback__
    n = 0
    while tb.tb_next is not None:
        tb = tb.tb_next
        n += 1
    return n, tb.tb_lineno

lst = [1]
d = {1: 2}
s = "abc"
st = {1}

def items(n):
    x = d.items()
    items(n + 1)

def upper(n):
    s.upper()
    upper(n + 1)

def count(n):
    x = lst.count(1)
    count(n + 1)

def find(n):
    x = s.find("b")
    find(n + 1)

def join(n):
    x = ",".join(["a"])
    join(n + 1)

def setadd(n):
    st.add(1)
    setadd(n + 1)

def extend(n):
    lst.extend([])
    extend(n + 1)

def ranged(n):
    x = range(n)
    ranged(n + 1)

def intcall(n):
    x = int(n)
    intcall(n + 1)

def reprcall(n):
    x = repr(n)
    reprcall(n + 1)

def fstring(n):
    x = f"{n}"
    fstring(n + 1)

def rounded(n):
    x = round(n)
    rounded(n + 1)

def fmt(n):
    x = "{}".format(n)
    fmt(n + 1)

def append(n):
    lst.append(1)
    lst.pop()
    append(n + 1)

def floor_int(n):
    x = math.floor(n)
    floor_int(n + 1)

def floor_float(n):
    x = math.floor(n + 0.5)
    floor_float(n + 1)

def sqrt(n):
    x = math.sqrt(n)
    sqrt(n + 1)

def gcd(n):
    x = math.gcd(n, 6)
    gcd(n + 1)

for f in [floor_int, floor_float, sqrt, gcd, items, upper, count, find, join, setadd, extend, ranged, intcall, reprcall, fstring, rounded, fmt, append]:
    try:
        f(0)
    except RecursionError as e:
        print(f.__name__, last_frame(e), e)
