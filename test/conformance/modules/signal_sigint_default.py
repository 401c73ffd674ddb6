# SIGINT sent to itself: KeyboardInterrupt at the os.kill call (inside a loop), SIG_IGN, back to
# default_int_handler (an uncaught KeyboardInterrupt kills CPython by SIGINT, which the corpus cannot record)
import signal, os
def work():
    total = 0
    for i in range(10):
        total += i
        if i == 5:
            os.kill(os.getpid(), signal.SIGINT)
    return total
try:
    work()
except KeyboardInterrupt:
    print('interrupted in work')
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
print('ignored')
signal.signal(signal.SIGINT, signal.default_int_handler)
print('before')
try:
    signal.raise_signal(signal.SIGINT)
    print('not reached')
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e), e.__traceback__.tb_lineno)
