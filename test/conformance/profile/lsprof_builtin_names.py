# How _lsprof names built-ins (normalizeUserObj): module functions, bound methods, method descriptors, static and class methods, c_exception.
import _lsprof
import math
import sys
import time

ticks = [0]


def timer():
    ticks[0] += 1
    return ticks[0]


def work():
    items = [3, 1, 2]
    items.append(4)
    list.append(items, 5)
    print(len(items), sorted(items), max(items), math.sqrt(16.0))
    print(','.join(['a', 'b']), str.join('-', ['c', 'd']))
    print(str.maketrans('a', 'b') == {97: 98}, isinstance(items, list), getattr(items, 'count')(3))
    print(sys.getrecursionlimit() > 0, time.time() > 0, next(iter(items)))
    print(int('5'), 'x'.upper(), {}.get('k', 0))
    try:
        items.index(99)
    except ValueError as e:
        print('ValueError', e)
    return items


p = _lsprof.Profiler(timer, 0.001)
p.enable()
work()
p.disable()
for e in sorted(p.getstats(), key=lambda e: (isinstance(e.code, str), str(e.code) if isinstance(e.code, str) else e.code.co_name)):
    name = e.code if isinstance(e.code, str) else e.code.co_name
    print(repr(name), e.callcount, e.reccallcount, round(e.totaltime, 6), round(e.inlinetime, 6))
