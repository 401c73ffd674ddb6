# Edges of compiled `with` statements: the caller's frame as __enter__ and __exit__ see it
# (f_lineno, f_locals), KeyboardInterrupt inside the block, __exit__ raising on a normal exit
# and on a return, a hook set by __enter__, a traceback through __exit__.
import signal
import sys

class Peek:
    def __init__(self):
        self.seen = []
    def __enter__(self):
        f = sys._getframe(1)
        self.seen.append(('enter', f.f_lineno - f.f_code.co_firstlineno, sorted(f.f_locals)))
        return self
    def __exit__(self, t, v, tb):
        f = sys._getframe(1)
        self.seen.append(('exit', f.f_lineno - f.f_code.co_firstlineno, f.f_locals.get('k')))
        return False

def peek_loop(n):
    cm = Peek()
    k = 0
    for i in range(n):
        with cm:
            k += 1
    return cm.seen[-2:]

def peek_return(cm, k):
    with cm:
        k += 1
        return k

def peek_calls(n):
    cm = Peek()
    for i in range(n):
        peek_return(cm, i)
    return cm.seen[-2:]

print(peek_loop(500))
print(peek_calls(500))

class Interrupted:
    def __init__(self):
        self.got = None
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.got = t
        return False

def interrupt(n):
    cm = Interrupted()
    k = 0
    try:
        for i in range(n):
            with cm:
                k += 1
                if i == n - 10:
                    signal.raise_signal(signal.SIGINT)
                    for j in range(100000):
                        k += 1
    except KeyboardInterrupt:
        return 'interrupted', cm.got.__name__, i
    return 'not interrupted', k

print(interrupt(500))

class ExitFails:
    def __init__(self, when):
        self.when = when
        self.n = 0
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.n += 1
        if self.n == self.when:
            raise ValueError('exit %d' % self.n)

def exit_fails_loop(n):
    cm = ExitFails(400)
    k = 0
    try:
        for i in range(n):
            with cm:
                k += i
    except ValueError as e:
        return str(e), e.__context__, i, k

def exit_fails_return(cm, i):
    with cm:
        return i

def exit_fails_calls(n):
    cm = ExitFails(400)
    try:
        for i in range(n):
            exit_fails_return(cm, i)
    except ValueError as e:
        return str(e), i, e.__traceback__.tb_next.tb_lineno - exit_fails_return.__code__.co_firstlineno

print(exit_fails_loop(500))
print(exit_fails_calls(500))

events = []
class Hooks:
    def __init__(self, at):
        self.at = at
        self.n = 0
    def __enter__(self):
        self.n += 1
        if self.n == self.at:
            sys.settrace(lambda fr, ev, arg: events.append((fr.f_code.co_name, ev)) or None)
        return self
    def __exit__(self, *exc):
        if self.n == self.at + 1:
            sys.settrace(None)

def hooked(n):
    cm = Hooks(300)
    t = 0
    for i in range(n):
        with cm:
            t += i
    return t

print(hooked(500), events)

def crash(n):
    cm = ExitFails(450)
    for i in range(n):
        with cm:
            pass

crash(500)
