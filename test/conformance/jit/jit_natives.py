# Natives called from hot (compiled) loops: their results, an exception one raises part-way
# (traceback at the call's line), and a trace function a native sets from inside the loop.
import sys


def collect(n):
    out = []
    words = ['a', 'bb', 'ccc']
    total = 0
    for i in range(n):
        w = words[i % 3]
        out.append(w.upper())
        total += len(w) + len(out)
    return total, ''.join(out[:7]), len(out)


print(collect(900))


def lengths(items):
    total = 0
    for x in items:
        total += len(x)
    return total


try:
    lengths(['ab'] * 500 + [5] + ['c'])
except TypeError as e:
    print('TypeError:', e, 'line', e.__traceback__.tb_next.tb_lineno)

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'traced_later':
        events.append((event, frame.f_lineno))
    return tracer


def traced_later(n):
    x = 0
    for i in range(n):
        x += i
        if i == n - 3:
            sys.settrace(tracer)
    sys.settrace(None)
    return x


print(traced_later(600))
print(events)


def min_max(xs):
    lo = hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    return lo, hi


print(min_max([(i * 7919) % 1009 for i in range(1500)]))
print(lengths(['xyz'] * 700))
lengths(['ab'] * 400 + [None])
