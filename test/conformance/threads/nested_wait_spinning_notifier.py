# A thread waiting inside native code (a generator list() resumes) gets to run once notified, even while the notifying thread spins until it acts
import threading

cond = threading.Condition()
box = []


def take(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: box)
            yield box.pop()


def feeder():
    for i in range(5):
        with cond:
            box.append(i * 11)
            cond.notify()
        # Busy-wait (no blocking call) until the consumer has taken the item.
        spins = 0
        while True:
            spins += 1
            with cond:
                if not box:
                    break
    print("feeder done")


f = threading.Thread(target=feeder)
f.start()
print(list(take(5)))
f.join()

# The same with an Event: the waiter in sorted()'s key function is woken by a spinning setter.
ev = threading.Event()
flag = []


def key(x):
    ev.wait()
    flag.append(x)
    return -x


def setter():
    ev.set()
    while len(flag) < 3:
        pass


s = threading.Thread(target=setter)
s.start()
print(sorted([1, 2, 3], key=key))
s.join()
