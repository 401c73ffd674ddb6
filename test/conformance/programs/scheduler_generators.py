# Simple event scheduler with generators (cooperative tasks, sleeps, channels)
import heapq
import itertools
from collections import deque


class Sleep:
    def __init__(self, t):
        self.t = t


class Recv:
    def __init__(self, ch):
        self.ch = ch


class Send:
    def __init__(self, ch, value):
        self.ch, self.value = ch, value


class Channel:
    def __init__(self, name):
        self.name = name
        self.items = deque()
        self.waiters = deque()

    def __repr__(self):
        return f"<Channel {self.name} items={list(self.items)}>"


class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = deque()
        self.timers = []
        self.counter = itertools.count()
        self.log = []
        self.results = {}

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def emit(self, msg):
        self.log.append(f"[t={self.now:>3}] {msg}")

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                t, _, name, gen = heapq.heappop(self.timers)
                self.now = t
                self.ready.append((name, gen, None))
                continue
            name, gen, value = self.ready.popleft()
            try:
                req = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.emit(f"{name} finished -> {stop.value!r}")
                continue
            except Exception as exc:
                self.emit(f"{name} crashed: {type(exc).__name__}: {exc}")
                continue
            if isinstance(req, Sleep):
                heapq.heappush(self.timers, (self.now + req.t, next(self.counter), name, gen))
            elif isinstance(req, Send):
                ch = req.ch
                if ch.waiters:
                    wname, wgen = ch.waiters.popleft()
                    self.ready.append((wname, wgen, req.value))
                else:
                    ch.items.append(req.value)
                self.ready.append((name, gen, None))
            elif isinstance(req, Recv):
                if req.ch.items:
                    self.ready.append((name, gen, req.ch.items.popleft()))
                else:
                    req.ch.waiters.append((name, gen))
            else:
                self.ready.append((name, gen, req))


def producer(sched, ch, n, delay):
    for i in range(n):
        yield Sleep(delay)
        sched.emit(f"produce {i}")
        yield Send(ch, i * i)
    yield Send(ch, None)
    return "produced %d" % n


def consumer(sched, ch):
    total = 0
    while True:
        item = yield Recv(ch)
        if item is None:
            break
        sched.emit(f"consume {item}")
        total += item
    return total


def ticker(sched, period, count):
    for k in range(count):
        yield Sleep(period)
        sched.emit(f"tick {k}")
    return k


def crasher(sched):
    yield Sleep(7)
    sched.emit("about to fail")
    {}["missing"]


def echo():
    got = yield "first"
    while got is not None:
        got = yield got * 2
    return "done"


def delegator():
    result = yield from echo()
    yield f"delegated {result}"


s = Scheduler()
ch = Channel("data")
s.spawn("producer", producer(s, ch, 4, 5))
s.spawn("consumer", consumer(s, ch))
s.spawn("ticker", ticker(s, 8, 3))
s.spawn("crasher", crasher(s))
s.run()
print("\n".join(s.log))
print(s.results, ch)

d = delegator()
print(next(d), d.send(3), d.send("ab"), d.send(None))
try:
    next(d)
except StopIteration as e:
    print("stopped", e.value)


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("cleanup at", n)


c = countdown(5)
print(next(c), next(c))
c.close()
c2 = countdown(3)
print(list(c2))
c3 = countdown(4)
next(c3)
try:
    c3.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("thrown out:", e)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib(), 15)))
print(sum(x for x in itertools.takewhile(lambda v: v < 4_000_000, fib()) if x % 2 == 0))
gen = (i * i for i in range(5))
print(gen.__name__, list(gen), list(gen))
