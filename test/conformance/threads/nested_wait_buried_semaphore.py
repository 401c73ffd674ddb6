# Threads that wait for a semaphore inside native code (a contextmanager's next(gen)) on top of each other still all get it
import contextlib
import threading
import time

sem = threading.BoundedSemaphore(2)
state = {"in_use": 0, "peak": 0}
guard = threading.Lock()
served = []


@contextlib.contextmanager
def slot(i):
    sem.acquire()
    with guard:
        state["in_use"] += 1
        state["peak"] = max(state["peak"], state["in_use"])
    try:
        yield i
    finally:
        with guard:
            state["in_use"] -= 1
        sem.release()


def client(i):
    with slot(i) as s:
        time.sleep(0.005)
        with guard:
            served.append(s)


threads = [threading.Thread(target=client, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(served), state)

try:
    sem.release()
except ValueError as e:
    print(type(e).__name__, e)
