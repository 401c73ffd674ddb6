# signal.signal/getsignal/raise_signal/os.kill to itself, SIG_IGN, strsignal, Signals, default_int_handler
import signal, os
print(signal.SIGINT, signal.SIGTERM, signal.SIGALRM, repr(signal.SIGINT), signal.SIGINT.name, int(signal.SIGTERM))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM) is signal.SIG_DFL, signal.SIG_DFL, signal.SIG_IGN, repr(signal.SIG_DFL))
got = []
def handler(signum, frame):
    got.append((signum, signal.Signals(signum).name, frame is not None))
old = signal.signal(signal.SIGUSR1, handler)
print(old is signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(len(got))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGALRM))
print(signal.Signals.SIGKILL, signal.Signals(15), signal.Signals['SIGHUP'])
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print(type(e).__name__, e)
try:
    signal.signal(999, handler)
except ValueError as e:
    print(type(e).__name__, e)
try:
    signal.signal(signal.SIGINT, 42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    signal.raise_signal(0)
except (ValueError, OSError) as e:
    print(type(e).__name__, e)
def stop(signum, frame):
    raise KeyboardInterrupt('stop at %d' % signum)
signal.signal(signal.SIGTERM, stop)
try:
    signal.raise_signal(signal.SIGTERM)
    print('not reached')
except KeyboardInterrupt as e:
    print('caught', e)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
print(signal.NSIG, signal.SIGCHLD, signal.SIGPIPE, signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR2)
print(type(signal.valid_signals()).__name__, signal.SIGINT in signal.valid_signals())
