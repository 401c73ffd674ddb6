# greenlet: cProfile counts over greenlet switches (every switch call is one call; suspended ones count as recursion)
import cProfile, pstats, io
from greenlet import greenlet, getcurrent
m = getcurrent()
def work(n):
    for i in range(n):
        m.switch(i)
    return 'done'
def helper(x): return x * 2
p = cProfile.Profile()
p.enable()
g = greenlet(work)
v = g.switch(3)
while not g.dead:
    helper(v)
    v = g.switch()
p.disable()
s = io.StringIO()
st = pstats.Stats(p, stream=s)
for (fn, line, name), (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: str(kv[0][2])):
    print(name, cc, nc)

# a greenlet left suspended when profiling stops
p2 = cProfile.Profile()
p2.enable()
g2 = greenlet(work)
g2.switch(5)
helper(1)
g2.switch()
p2.disable()
st = pstats.Stats(p2, stream=s)
for (fn, line, name), (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: str(kv[0][2])):
    print(name, cc, nc)
