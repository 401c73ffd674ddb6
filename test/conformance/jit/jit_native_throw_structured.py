# A native's exception inside a try of a compiled function body without loops (and inside a
# `with` block of one) reaches the compiled handler: the traceback, sys.exc_info(), the
# exception handled before restored, a with's __exit__ swallowing or re-raising it.
import sys
import traceback

def unpack(t):
    try:
        a, b = t
        return a + b
    except ValueError as e:
        return str(e)

def add(x, y):
    try:
        return x + y
    except TypeError as e:
        return 'TypeError: %s / %s' % (e, sys.exc_info()[0].__name__)

def base16(s):
    try:
        return int(s, 16)
    except ValueError as e:
        return [fs.lineno for fs in traceback.extract_tb(e.__traceback__)]

def nested(x):
    try:
        try:
            return sorted(x)
        finally:
            pass
    except TypeError as e:
        return type(e).__name__

class CM:
    def __init__(self, swallow):
        self.swallow = swallow
        self.seen = []
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.seen.append((t and t.__name__, sys.exc_info()[0] is t))
        return self.swallow

def with_native(cm, t):
    with cm:
        a, b = t
        return a * b
    return 'swallowed'

def with_native_out(cm, x):
    try:
        with cm:
            return x + 'a'
    except TypeError as e:
        return 'caught ' + str(e)

def in_handler(t):
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            a, b = t
        except ValueError:
            pass
        return repr(sys.exc_info()[1])

results = []
for i in range(300):
    results.append((unpack((1, 2) if i % 2 else (1, 2, 3)), add(i, 'a' if i % 3 else 1), base16('zz' if i % 2 else 'ff'),
                    nested([1, 'a'] if i % 2 else [2, 1])))
print(results[-2:])
sw, ns = CM(True), CM(False)
out = []
for i in range(300):
    out.append(with_native(sw, (2, 3) if i % 2 else (1,)))
    out.append(with_native_out(ns, 'b' if i % 2 else 1))
    out.append(in_handler((1, 2, 3)))
print(out[-6:], sw.seen[-2:], ns.seen[-2:], sys.exc_info())

def uncaught(cm, t):
    with cm:
        a, b = t

for i in range(300):
    uncaught(ns, (1, 2))
uncaught(ns, (1, 2, 3))
