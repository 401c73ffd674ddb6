# break and continue leaving `with` blocks in compiled loops: each __exit__ called once,
# innermost first, with Nones; __exit__ raising or setting a trace function there; the
# loop's else clause skipped by a break; withs inside try blocks left to the eval loop.
import sys

class CM:
    def __init__(self, tag, log):
        self.tag = tag
        self.log = log
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.log.append(self.tag if t is None else self.tag + '!')
        return False

def continues(n):
    log = []
    a = CM('a', log)
    b = CM('b', log)
    t = 0
    for i in range(n):
        with a:
            if i % 2:
                continue
            with b:
                if i % 3:
                    continue
                t += i
    j = 0
    while j < n:
        j += 1
        with a, b:
            if j % 4:
                continue
            t += 1
    return t, len(log), log[-6:]

def breaks(n):
    log = []
    a = CM('a', log)
    b = CM('b', log)
    t = 0
    for i in range(n):
        for j in range(5):
            with a:
                with b:
                    if j == 2:
                        break
                    t += j
        else:
            t += 1000
    k = 0
    while True:
        with a:
            k += 1
            if k == n:
                break
    return t, k, len(log), log[-5:]

def in_function(cm, items):
    found = None
    for x in items:
        with cm:
            if x < 0:
                continue
            if x > 10:
                found = x
                break
    return found

def calls(n):
    log = []
    cm = CM('f', log)
    r = None
    for i in range(n):
        r = in_function(cm, [-1, 3, -2, 11, 12])
    return r, len(log)

class Fails:
    def __init__(self, at):
        self.at = at
        self.n = 0
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.n += 1
        if self.n == self.at:
            raise LookupError('exit %d' % self.n)

def exit_raises(n):
    out = []
    for kind in ('continue', 'break'):
        cm = Fails(300 if kind == 'continue' else 1)
        i = 0
        try:
            for i in range(n):
                with cm:
                    if kind == 'continue':
                        continue
                    break
        except LookupError as e:
            out.append((kind, str(e), i))
        else:
            out.append((kind, 'no error', i))
    return out

events = []
class Tracing:
    def __init__(self, at):
        self.at = at
        self.n = 0
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.n += 1
        if self.n == self.at:
            sys.settrace(tracer)
            sys._getframe(1).f_trace = tracer
        elif self.n == self.at + 2:
            sys.settrace(None)

def tracer(frame, event, arg):
    if frame.f_code.co_name == 'traced':
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer

def traced(n):
    cm = Tracing(300)
    t = 0
    for i in range(n):
        with cm:
            if i % 2:
                continue
            t += 1
    for i in range(n):
        with cm:
            t += 1
            if i == n - 1:
                break
    return t

def try_inside(n):
    log = []
    cm = CM('t', log)
    t = 0
    for i in range(n):
        with cm:
            try:
                if i % 2:
                    continue
            finally:
                t += 1
    return t, len(log)

def gen(n):
    log = []
    cm = CM('g', log)
    for i in range(n):
        with cm:
            if i % 2:
                continue
            yield i
            if i > n - 5:
                break
    yield len(log)

print(continues(3000))
print(breaks(400))
print(calls(400))
print(exit_raises(400))
print(traced(400), events)
print(try_inside(400))
print(sum(gen(400)), list(gen(10)))
