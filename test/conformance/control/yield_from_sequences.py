# A generator waiting in `yield from` over a list, tuple or range gives its next value
# without its frame running (nothing could tell, but a hook): every way of consuming it
# must see what CPython shows, the generator's state included.
import sys


def flatten(chunks):
    for chunk in chunks:
        r = yield from chunk
        print('  delegate returned', r)
    return 'done'


def consume(gen):
    out = []
    for v in gen:
        out.append(v)
    return out


print(consume(flatten([[1, 2], (3, 4), range(5, 8), [], 'ab', iter([9])])))
print(list(flatten([[1], range(3)])), sum(flatten([range(10), [5] * 4])))

g = flatten([[10, 20, 30]])
print(g.gi_yieldfrom)
print(next(g), g.gi_frame.f_lineno, g.gi_running, type(g.gi_yieldfrom).__name__)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, g.gi_yieldfrom)

# The list grows while it is delegated to.
data = [1, 2, 3]
g = flatten([data])
seen = []
for v in g:
    seen.append(v)
    if v < 6:
        data.append(v + 3)
print(seen, data)

# send() and throw() go to the delegate as before.
g = flatten([[1, 2, 3]])
print(next(g))
try:
    g.send(5)
except AttributeError as e:
    print('AttributeError:', e)
g = flatten([[1, 2, 3]])
print(next(g))
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e)
print(g.gi_frame)

# With a trace function, every resume is a call and a return of the generator's frame.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'flatten':
        events.append((event, frame.f_lineno))
    return tracer


sys.settrace(tracer)
print(consume(flatten([[1, 2], range(2)])))
sys.settrace(None)
print(events)

# Many values through a hot loop.


def numbers(n):
    yield from range(n)
    yield from [n, n + 1]
    yield from tuple(range(3))


def total(n):
    t = 0
    for v in numbers(n):
        t += v
    return t


print(total(5000), max(numbers(300)), len(list(numbers(1000))))
