# Unsupported operand pairs and wrong unpack counts in compiled loops, function bodies and
# generator bodies, caught and uncaught: CPython's TypeError and ValueError messages, each
# exception's traceback line, the handled exception restored.
import sys

class Half:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented

def ops(n):
    pairs = [(1, 'a'), ('a', 1), ([1], (2,)), ((1,), [2]), ([1], 2.5), (Half(), 1), (1, Half()), (None, 1), (b'x', 'y'), (1.5, 'q')]
    msgs = []
    for i in range(n):
        a, b = pairs[i % len(pairs)]
        try:
            a + b
        except TypeError as e:
            msgs.append(str(e))
        try:
            a -= b
        except TypeError as e:
            msgs.append(str(e))
        try:
            a * [b]
        except TypeError as e:
            msgs.append(str(e))
    return msgs[-30:]

for m in ops(300):
    print(m)

def unpacks(n):
    out = []
    for i in range(n):
        seq = [(1,), [1, 2, 3], (), [4, 5], 'ab', iter([1]), 7][i % 7]
        try:
            x, y = seq
            out.append((x, y))
        except (ValueError, TypeError) as e:
            out.append(str(e))
    return out[-7:]

print(unpacks(300))

def body(t):
    try:
        a, b, c = t
        return a + b + c
    except ValueError as e:
        return str(e), sys.exc_info()[0].__name__

print([body((1, 2) if i % 2 else (1, 2, 3)) for i in range(300)][-2:])

def gen(n):
    for i in range(n):
        try:
            a, b = (i,) if i % 2 else (i, i)
            yield a + b
        except ValueError as e:
            yield str(e)
        try:
            yield i + 'x'
        except TypeError as e:
            yield str(e)

print(list(gen(300))[-4:])

def uncaught(n):
    t = 0
    for i in range(n):
        t += i if i < n - 1 else 'last'
    return t

uncaught(300)
