# Condition.wait with a timeout that is not above 0 (0, -1, negative, NaN) only polls; sleep(0) in a worker while the main thread waits inside list()
import threading
import time

c = threading.Condition()
with c:
    print(c.wait(0), c.wait(-1), c.wait(-5), c.wait(float("nan")), c.wait(0.001))
    print(c.wait_for(lambda: False, timeout=-1), c.wait_for(lambda: 7, timeout=0))
    try:
        c.wait(1e300)
    except OverflowError as e:
        print(type(e).__name__, e)


def results():
    # resumed by list() (native code): this thread waits in a nested loop
    for ev in events:
        ev.wait()
        yield "woken"


events = [threading.Event() for _ in range(3)]


def worker():
    for ev in events:
        time.sleep(0)
        ev.set()


t = threading.Thread(target=worker)
t.start()
print(list(results()))
t.join()
