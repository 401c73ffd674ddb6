# The pure-Python profile module on a ticking clock: exceptions leaving frames, generators,
# builtins calling back into Python, list timers, dump_stats/load, module-level run/runctx, main()
import profile
import pstats
import io
import os
import sys
import time
import tempfile

ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0]

def triple_timer():
    ticks[0] += 1
    return [ticks[0], 1, 2]

def fail(n):
    if n == 0:
        raise ValueError('bottom')
    return fail(n - 1)

def catcher():
    try:
        fail(3)
    except ValueError as e:
        return str(e)

def gen(n):
    for i in range(n):
        yield i * i

def consume():
    total = sum(gen(4))
    return sorted([3, 1, 2], key=lambda v: -v), total, len('abc')

def table(p):
    p.create_stats()
    rows = []
    for (fn, line, name), (cc, nc, tt, ct, callers) in p.stats.items():
        if name.startswith('<function') or name.startswith('<built-in'):
            name = '<cmd>'
        rows.append((name, os.path.basename(fn), cc, nc, tt, ct, sorted((c[2], v) for c, v in callers.items() if not c[2].startswith('<'))))
    for r in sorted(rows):
        print(r)
    print()

p = profile.Profile(timer)
print(p.runcall(catcher))
table(p)

p = profile.Profile(timer)
print(p.runcall(consume))
table(p)

ticks[0] = 0
p = profile.Profile(triple_timer)
p.runctx('catcher()', globals(), None)
table(p)

p = profile.Profile(timer)
try:
    p.runcall(fail, 2)
except ValueError as e:
    print(type(e).__name__, e)
table(p)

time.process_time = timer
d = tempfile.mkdtemp()
path = os.path.join(d, 'out.prof')
ticks[0] = 0
p = profile.Profile()
p.runctx('consume()', globals(), {})
p.dump_stats(path)
s = io.StringIO()
pstats.Stats(path, stream=s).strip_dirs().sort_stats('name').print_stats()
print(s.getvalue().split('\n', 1)[1])

ticks[0] = 0
print(profile.run('catcher()', sort='calls'))
ticks[0] = 0
print(profile.runctx('x = catcher()', globals(), {}, sort='name'))
try:
    profile.Profile(timer).print_stats(('name', 'calls'))
except KeyError as e:
    print(type(e).__name__, e)
try:
    profile.runctx('fail(1)', globals(), {}, path)
except ValueError as e:
    print(type(e).__name__, e)
ticks[0] = 0
profile.run('catcher()', path)
s = io.StringIO()
pstats.Stats(path, stream=s).strip_dirs().sort_stats('tottime', 'name').print_stats()
print(s.getvalue().split('\n', 1)[1])
print(profile.runctx('raise SystemExit(3)', {}, {}, path))

script = os.path.join(d, 'script.py')
with open(script, 'w') as f:
    f.write('import sys\nprint("script", sys.argv[1:])\n')
for argv in ([], ['-h'], ['-x'], ['-s'], ['--out'], ['-o', path, script, 'a', '-b']):
    sys.argv = ['profile.py'] + argv
    try:
        profile.main()
        print('returned')
    except SystemExit as e:
        print('exit', e.code)
    sys.stdout.flush()
print(os.path.exists(path))
for name in os.listdir(d):
    os.unlink(os.path.join(d, name))
os.rmdir(d)
