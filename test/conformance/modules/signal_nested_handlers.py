# A signal sent from inside a handler runs its own handler at once, inside the first one
# (CPython checks for signals in a handler's frames too), with that handler's frame as the
# interrupted one; its exception goes up through the first handler.
import os
import signal
import traceback


def on_usr2(signum, frame):
    print("usr2 handler, interrupted frame:", frame.f_code.co_name)


def on_usr1(signum, frame):
    print("usr1 start in", frame.f_code.co_name)
    os.kill(os.getpid(), signal.SIGUSR2)
    print("usr1 end")


signal.signal(signal.SIGUSR1, on_usr1)
signal.signal(signal.SIGUSR2, on_usr2)


def main():
    os.kill(os.getpid(), signal.SIGUSR1)
    print("main continues")


main()


def interrupting(signum, frame):
    signal.raise_signal(signal.SIGINT)
    print("not reached")


signal.signal(signal.SIGUSR1, interrupting)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
except KeyboardInterrupt as e:
    for entry in traceback.extract_tb(e.__traceback__):
        print(entry.name, entry.line)

depth = 0


def again(signum, frame):
    global depth
    depth += 1
    if depth < 3:
        signal.raise_signal(signal.SIGUSR2)
    print("again at depth", depth)


signal.signal(signal.SIGUSR2, again)
signal.raise_signal(signal.SIGUSR2)
print("done", depth)
