# An exception at a frame's entry: a hook raising at the 'call' event (the traceback shows the
# def line with an empty caret line, as 3.11's RESUME), and throw()/close() into a generator or
# coroutine not started, whose frame still runs: call, exception and return events, its frame
# in the traceback, f_lineno on the def line.
import sys
import traceback

ev = []
def tr(frame, event, arg):
    if frame.f_code.co_name in ('gen', 'co'):
        ev.append((frame.f_code.co_name, event, frame.f_lineno, arg[0].__name__ if event == 'exception' else arg))
    return tr

def prof(frame, event, arg):
    if frame.f_code.co_name in ('gen', 'co'):
        ev.append(('prof', frame.f_code.co_name, event, frame.f_lineno))

def gen():
    yield 1

async def co():
    pass

def show(e):
    for fs in traceback.extract_tb(e.__traceback__):
        print(' ', fs.name, fs.lineno, fs.line, fs.colno, fs.end_colno)
    print(''.join(traceback.format_exception_only(type(e), e)), end='')

for hook in (sys.settrace, sys.setprofile):
    hook(tr if hook is sys.settrace else prof)
    g = gen()
    try:
        g.throw(ValueError('x'))
    except ValueError as e:
        tb = e.__traceback__
        while tb:
            ev.append(('tb', tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0))
            tb = tb.tb_next
    c = co()
    try:
        c.throw(KeyError('y'))
    except KeyError as e:
        pass
    g = gen()
    print(g.close(), g.gi_frame, list(g))
    hook(None)
for e in ev:
    print(e)

g = gen()
try:
    g.throw(ValueError('unstarted'))
except ValueError as e:
    show(e)
try:
    co().throw(OSError('coro'))
except OSError as e:
    show(e)

def raiser(frame, event, arg):
    if event == 'call' and frame.f_code.co_name in ('victim', 'method', 'gen'):
        raise KeyError('at call of ' + frame.f_code.co_name)
    return raiser

def victim():
    return 1

class A:
    def method(self):
        pass

for target in (victim, A().method, lambda: next(gen())):
    sys.settrace(raiser)
    try:
        target()
    except KeyError as e:
        sys.settrace(None)
        show(e)
        print([l for l in traceback.format_exc().splitlines()[-5:] if not l.startswith('  File')])
sys.settrace(raiser)
A().method()
