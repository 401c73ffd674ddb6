# _lsprof.Profiler.getstats(): entries, recursion counts, subentries and built-in names, with a timer that ticks on each read.
import _lsprof
import time

ticks = [0]


def timer():
    ticks[0] += 1
    return ticks[0]


def leaf():
    time.sleep(0)


def rec(n):
    leaf()
    if n > 0:
        rec(n - 1)


def mutual_a(n):
    if n > 0:
        mutual_b(n - 1)


def mutual_b(n):
    mutual_a(n)


class Box:
    def fill(self):
        items = []
        items.append(len(items))
        {}.get(1)
        rec(2)
        return items


def label(code):
    if isinstance(code, str):
        return code
    return '%s:%d(%s)' % (code.co_filename.split('/')[-1], code.co_firstlineno, code.co_name)


def show(p):
    for e in sorted(p.getstats(), key=lambda e: label(e.code)):
        print(label(e.code), e.callcount, e.reccallcount, round(e.totaltime, 6), round(e.inlinetime, 6))
        for s in sorted(e.calls or [], key=lambda s: label(s.code)):
            print('    ->', label(s.code), s.callcount, s.reccallcount, round(s.totaltime, 6), round(s.inlinetime, 6))
    print('--')


p = _lsprof.Profiler(timer, 0.001)
p.enable()
Box().fill()
mutual_a(3)
p.disable()
show(p)

# Entries accumulate over a second run; clear() forgets them.
p.enable()
rec(1)
p.disable()
show(p)
p.clear()
print(p.getstats())

# No subcalls: entries without callee lists.  No builtins: built-ins not recorded at all.
p = _lsprof.Profiler(timer, 0.001, subcalls=False)
p.enable()
rec(1)
p.disable()
show(p)
p = _lsprof.Profiler(timer, 0.5, builtins=False)
p.enable()
rec(1)
p.disable()
show(p)
p.enable(builtins=True)
rec(0)
p.disable()
show(p)

# A timer returning seconds as floats (no unit): read in nanoseconds, rounded down.
secs = [0.0]


def float_timer():
    secs[0] += 0.25
    return secs[0]


p = _lsprof.Profiler(float_timer)
p.enable()
rec(0)
p.disable()
show(p)

row = p.getstats()[0]
print(type(row).__name__, type(row).__module__, isinstance(row, tuple), len(row), row.code is row[0])
print(_lsprof.profiler_subentry(('x', 1, 0, 0.5, 0.25)))
print(_lsprof.profiler_entry(('x', 1, 0, 0.5, 0.25, None)))
