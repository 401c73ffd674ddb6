# signal API errors (numbers out of range, SIGKILL, bad handlers), the enums, the handler frame, an
# exception raised by a handler, caught and then uncaught
import signal, os
for a in (-1, 65, 32, 99):
    try:
        signal.raise_signal(a)
    except Exception as e:
        print('raise_signal', a, type(e).__name__, e)
for a in (0, 65, -3):
    for f in (signal.getsignal, signal.strsignal):
        try:
            f(a)
        except Exception as e:
            print(f.__name__, a, type(e).__name__, e)
for h in (None, 'ignore', 2.5):
    try:
        signal.signal(signal.SIGTERM, h)
    except TypeError as e:
        print('TypeError', e)
for s in (signal.SIGKILL, signal.SIGSTOP):
    try:
        signal.signal(s, signal.SIG_IGN)
    except OSError as e:
        print(s.name, type(e).__name__, e.errno, e)
try:
    signal.signal('SIGINT', signal.SIG_IGN)
except TypeError as e:
    print('TypeError', e)
print(signal.getsignal(signal.SIGPIPE), repr(signal.getsignal(signal.SIGPIPE)), signal.getsignal(signal.SIGCHLD))
print(signal.signal(signal.SIGUSR2, signal.SIG_IGN) is signal.SIG_DFL)
print(signal.signal(signal.SIGUSR2, 0), signal.getsignal(signal.SIGUSR2) == signal.SIG_DFL)
print(signal.SIGIOT is signal.SIGABRT, signal.SIGCLD, signal.Signals.SIGPOLL, signal.Signals(29))
print(len(list(signal.Signals)), [s.name for s in signal.Signals][:5], signal.Signals.SIGRTMAX.value)
print(signal.Handlers.SIG_IGN, list(signal.Handlers), signal.Sigmasks.SIG_BLOCK.value)
print(isinstance(signal.SIGINT, int), signal.SIGINT + 1, signal.SIGINT == 2, hash(signal.SIGTERM) == hash(15))
try:
    signal.Signals(33)
except ValueError as e:
    print('ValueError', e)
try:
    signal.Signals['NOPE']
except KeyError as e:
    print('KeyError', e)
print(sorted(signal.valid_signals())[:3], len(signal.valid_signals()), 35 in signal.valid_signals())
def h(n, f):
    print('handled', signal.Signals(n).name, f.f_code.co_name, f.f_lineno > 0)
signal.signal(signal.SIGHUP, h)
def inner():
    os.kill(os.getpid(), signal.SIGHUP)
    return 'back'
print(inner())
try:
    os.kill(os.getpid(), 99)
except OSError as e:
    print('kill', type(e).__name__, e)
try:
    os.kill(2**22 + 12345, 0)
except OSError as e:
    print('kill', type(e).__name__, e)
os.kill(os.getpid(), 0)
print(signal.ItimerError.__name__, issubclass(signal.ItimerError, OSError))
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print('ItimerError', e)
print(signal.getitimer(signal.ITIMER_REAL), signal.alarm(0))
def chain(n, f):
    raise RuntimeError('from handler %d' % n)
signal.signal(signal.SIGUSR1, chain)
try:
    signal.raise_signal(signal.SIGUSR1)
except RuntimeError as e:
    print('RuntimeError', e)
signal.raise_signal(signal.SIGUSR1)
