# The pure-Python profile module: a ticking timer makes its times exact; runcall, runctx, run,
# print_stats/print_callers through pstats, its stats dict (int caller counts), bias and timer kinds.
import profile
import pstats
import io
import sys

ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0]

def pair_timer():
    ticks[0] += 1
    return (ticks[0], 0.5)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def work():
    out = []
    for i in range(4):
        out.append(fact(i))
    return sorted(out, reverse=True)

def show(p, *sort):
    s = io.StringIO()
    pstats.Stats(p, stream=s).strip_dirs().sort_stats(*sort).print_stats()
    print(s.getvalue())

p = profile.Profile(timer)
print(p.runcall(work))
p.create_stats()
def plain(name):
    # runcall's pretend frame is named after repr(func), which holds an address
    return '<cmd>' if name.startswith('<function') else name
for (fn, line, name), (cc, nc, tt, ct, callers) in sorted(p.stats.items(), key=lambda kv: (plain(kv[0][2]), kv[0][0])):
    print(fn.split('/')[-1], line, plain(name), cc, nc, tt, ct, sorted((plain(c[2]), v) for c, v in callers.items()))

p = profile.Profile(timer)
print(p.runctx('work()', globals(), {}) is p)
show(p, 'calls', 'name')
s = io.StringIO()
st = pstats.Stats(p, stream=s).strip_dirs().sort_stats('name')
st.print_callers('fact')
st.print_callees('work')
print(s.getvalue())

# a timer giving pairs is summed; a bias is taken off every event
ticks[0] = 0
p = profile.Profile(pair_timer, bias=0.25)
p.runctx('fact(3)', globals(), {})
show(p, 'cumulative', 'name')

# run() uses __main__'s namespace; the cmd frame is named after the statement
ticks[0] = 0
p = profile.Profile(timer)
p.run('fact(2)')
show(p, 'name')
print(profile.Profile.bias, profile.Profile(timer, 0.5).bias)

# calibrate() runs with the default timer (its result varies: not printed); subclasses must override it
profile.Profile.bias = 0
try:
    p = profile.Profile()
    p.calibrate(10)
    print('calibrate ok')
    class Sub(profile.Profile):
        pass
    Sub().calibrate(1)
except TypeError as e:
    print(type(e).__name__, e)
