# Generators whose bodies run compiled (first run included) and natives that drain them:
# once hot, a tracer or profiler set half-way sees the same call/yield/return events as
# CPython; StopIteration leaving a body is a RuntimeError; return values reach StopIteration
# and `yield from`; close() and throw() find the frame where the compiled body left it;
# generator expressions in class bodies see the class's scope as CPython's do.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return n * 10


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def delegate(n):
    r = yield from count(n)
    yield r


def leaks_stop(n):
    for i in range(n):
        if i == n - 1:
            raise StopIteration('inner')
        yield i


def warm(rounds):
    t = 0
    for k in range(rounds):
        t += sum(count(k % 9))
        t += sum(x for x in evens(count(k % 11)))
        for v in delegate(k % 5):
            t += v
        t += any(x > 3 for x in count(6))
    return t


print(warm(600))

# StopIteration leaving a hot body.
errors = []
for k in range(300):
    try:
        list(leaks_stop(3 + k % 4))
    except RuntimeError as e:
        errors.append((str(e), type(e.__cause__).__name__, str(e.__cause__)))
print(len(errors), errors[0], errors[-1])

# Return values through StopIteration and yield from.
vals = []
for k in range(300):
    g = count(k % 4)
    while True:
        try:
            next(g)
        except StopIteration as e:
            vals.append(e.value)
            break
print(sum(vals), vals[:8], list(delegate(3)))

# close() and throw() on generators left in hot bodies.
log = []


def guarded(n):
    try:
        for i in range(n):
            try:
                yield i
            except KeyError as e:
                log.append(('caught', str(e)))
                yield -1
    finally:
        log.append(('closed', n))


for k in range(200):
    g = guarded(10)
    total = sum(x for x, _ in zip(g, range(3)))
    r = g.throw(KeyError('k%d' % k))
    nxt = next(g)
    g.close()
print(total, r, nxt, log[:3], log[-3:], len(log))


# Generator expressions in a class body: the first iterable in the class scope, the rest
# in the expression's own scope (class names not visible there).
class Table:
    size = 4
    rows = list(x * 2 for x in range(size))
    total = sum(v for v in rows)
    try:
        bad = list(x * size for x in range(2))
    except NameError as e:
        err = str(e)


print(Table.rows, Table.total, Table.err)

# A tracer set once everything is hot: the events of generators drained by natives and loops.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ('count', 'evens', '<genexpr>', 'delegate'):
        events.append((frame.f_code.co_name, event, frame.f_lineno, arg if event in ('return', 'call') or isinstance(arg, int) else type(arg).__name__))
    return tracer


sys.settrace(tracer)
a = sum(count(3))
b = list(x for x in evens(count(4)))
c = [v for v in delegate(2)]
d = any(x > 3 for x in count(4))
sys.settrace(None)
print(a, b, c, d)
for e in events:
    print(e)

# The profiler's view of the same.
calls = []


def prof(frame, event, arg):
    if event in ('call', 'return') and frame.f_code.co_name in ('count', '<genexpr>'):
        calls.append((frame.f_code.co_name, event))
    elif event.startswith('c_'):
        calls.append((event, getattr(arg, '__name__', '?')))


sys.setprofile(prof)
s = sum(x + 1 for x in count(3))
sys.setprofile(None)
print(s, calls)
