# trace.Trace from inside a program: line counts, printed lines, called functions, callers
import sys
import trace


def square(n):
    return n * n


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += square(n)
        return self


def work(k):
    acc = Acc()
    for i in range(k):
        acc.add(i)
    if k > 100:
        print('never')
    return acc.total


def own(items):
    # (file basename, line) keys or (file, module, function) keys, for this file only
    out = []
    for key in items:
        name = key[0]
        if name.endswith('trace_api.py'):
            out.append((name.rsplit('/', 1)[-1],) + tuple(key[1:]))
    return sorted(out)


t = trace.Trace(count=1, trace=0)
print('runfunc ->', t.runfunc(work, 3))
r = t.results()
print(type(r).__name__)
for (name, line), n in sorted(r.counts.items()):
    if name.endswith('trace_api.py'):
        print(line, n)
print(r.calledfuncs, r.callers)
print('counts shared:', r.counts is not t.counts, r.counts == t.counts)

print('-- trace=1, count=0')
t = trace.Trace(count=0, trace=1)
print('result', t.runfunc(work, 1))
print('counted', len(t.counts))

print('-- countfuncs')
t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(work, 2)
for key in own(t.results().calledfuncs):
    print(key)

print('-- countcallers')
t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(work, 2)
for caller, callee in sorted(t.results().callers):
    if caller[0].endswith('trace_api.py'):
        print(caller[1:], '->', callee[1:])

print('-- ignoremods')
t = trace.Trace(count=1, trace=1, ignoremods=['trace_api'])
print('result', t.runfunc(work, 2), 'counted', len(t.counts))

print('-- runctx with globals')
t = trace.Trace(count=1, trace=0)
ns = {'work': work, '__file__': __file__}
t.runctx('result = work(2)', ns)
print('ns result', ns.get('result'), 'locals got it', 'result' not in ns)
lines = sorted(k[1] for k in t.counts if k[0].endswith('trace_api.py'))
print(lines)
print('string lines', sorted(k for k in t.counts if k[0] == '<string>'))

print('-- runctx: the string has no __file__, the functions it calls do')
t = trace.Trace(count=1, trace=1)
t.runctx('x = work(2)', {'work': work})
print(len(t.counts))

print('-- donothing')
t = trace.Trace(count=0, trace=0)
print(t.donothing, t.runfunc(work, 2), t.counts)

print('-- exceptions pass through and tracing stops')
def boom():
    raise ValueError('bad')
t = trace.Trace(count=1, trace=0)
try:
    t.runfunc(boom)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.gettrace() is None)
try:
    t.runfunc()
except TypeError as e:
    print(type(e).__name__, e)

print('-- function names: methods get their class, wrapped ones and class bodies do not')
class Outer:
    class Inner:
        def m(self):
            return 1
    @staticmethod
    def s():
        return 2
    @classmethod
    def c(cls):
        return 3
    @property
    def p(self):
        return 4
def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def decorated():
    def nested():
        return 5
    return nested()
def local_class():
    class Local:
        def m(self):
            return 6
        class Deeper:
            def d(self):
                return 7
    return Local().m() + Local.Deeper().d()
def everything():
    class Body:
        pass
    Outer.Inner().m(); Outer.s(); Outer.c(); Outer().p; decorated(); local_class()
t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(everything)
for key in own(t.results().calledfuncs):
    print(key[2])
def no_local_class():
    # (CPython's names for a class made at each call depend on which of the
    # earlier ones the garbage collector has freed: left out.)
    Outer.Inner().m(); Outer.s(); decorated()
t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(no_local_class)
for caller, callee in sorted(t.results().callers):
    if caller[0].endswith('trace_api.py'):
        print(caller[2], '->', callee[2])
