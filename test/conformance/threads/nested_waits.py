import threading, time
lock = threading.Lock()
class Box:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        with lock:
            return self._v
    def __repr__(self):
        with lock:
            return f'Box({self._v})'
b = Box()
def holder():
    with lock:
        time.sleep(0.02)
        b._v = 42
t = threading.Thread(target=holder); t.start()
time.sleep(0.005)
print(b.v, repr(b), [b.v for _ in range(2)])
t.join()
q = __import__('queue').Queue()
def prod():
    for i in range(5):
        time.sleep(0.002)
        q.put(i)
t = threading.Thread(target=prod); t.start()
print(list(q.get() for _ in range(5)))
t.join()
