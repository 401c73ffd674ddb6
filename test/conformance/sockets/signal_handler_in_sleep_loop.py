# A repeating SIGALRM whose handler runs while the main thread waits in time.sleep, again and
# again, inside loops: the handler's run is a nested one and must not park the waiting run
# (a for loop's iterator was once overwritten when its check interval fell there).
import signal
import time

ticks = [0]


def tick(signum, frame):
    ticks[0] += 1


signal.signal(signal.SIGALRM, tick)
rounds = 0
for rep in range(30):
    ticks[0] = 0
    signal.setitimer(signal.ITIMER_REAL, 0.002, 0.002)
    while ticks[0] < 3:
        time.sleep(0.0005)
    signal.setitimer(signal.ITIMER_REAL, 0)
    rounds += 1
print('rounds', rounds, 'last ticks >= 3:', ticks[0] >= 3)
print(signal.getitimer(signal.ITIMER_REAL))
