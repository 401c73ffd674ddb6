# A discrete-event simulation of a bank with tellers: heapq, dataclass(order=True), field(compare=False).
import heapq
import random
from dataclasses import dataclass, field
from collections import deque
from itertools import count


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    customer: int = field(compare=False, default=-1)
    teller: int = field(compare=False, default=-1)


@dataclass
class Stats:
    served: int = 0
    total_wait: float = 0.0
    max_wait: float = 0.0
    max_queue: int = 0
    busy_time: list = field(default_factory=lambda: [0.0, 0.0, 0.0])

    @property
    def mean_wait(self):
        return self.total_wait / self.served if self.served else 0.0


class Bank:
    def __init__(self, tellers, seed, close_at=240.0):
        self.rng = random.Random(seed)
        self.events = []
        self.seq = count()
        self.queue = deque()
        self.free = list(range(tellers))
        self.arrived = {}
        self.started = {}
        self.stats = Stats(busy_time=[0.0] * tellers)
        self.close_at = close_at
        self.log = []

    def schedule(self, t, kind, **kw):
        heapq.heappush(self.events, Event(t, next(self.seq), kind, **kw))

    def run(self):
        self.schedule(0.0, 'arrive', customer=0)
        now = 0.0
        while self.events:
            ev = heapq.heappop(self.events)
            now = ev.time
            getattr(self, 'on_' + ev.kind)(ev)
        return now

    def on_arrive(self, ev):
        self.arrived[ev.customer] = ev.time
        self.queue.append(ev.customer)
        self.stats.max_queue = max(self.stats.max_queue, len(self.queue))
        nxt = ev.time + self.rng.expovariate(1 / 2.5)
        if nxt < self.close_at:
            self.schedule(nxt, 'arrive', customer=ev.customer + 1)
        self.try_start(ev.time)

    def try_start(self, now):
        while self.free and self.queue:
            teller = heapq.heappop(self.free)
            cust = self.queue.popleft()
            wait = now - self.arrived[cust]
            self.stats.total_wait += wait
            self.stats.max_wait = max(self.stats.max_wait, wait)
            service = max(0.5, self.rng.gauss(6.0, 2.0))
            self.started[cust] = now
            self.schedule(now + service, 'depart', customer=cust, teller=teller)
            if cust < 5:
                self.log.append('t=%7.3f cust %d -> teller %d (waited %.3f)' % (now, cust, teller, wait))

    def on_depart(self, ev):
        self.stats.served += 1
        self.stats.busy_time[ev.teller] += ev.time - self.started[ev.customer]
        heapq.heappush(self.free, ev.teller)
        self.try_start(ev.time)


for tellers in (1, 2, 3):
    bank = Bank(tellers, seed=42)
    end = bank.run()
    st = bank.stats
    util = ', '.join('%.1f%%' % (100 * b / end) for b in st.busy_time)
    print('tellers=%d served=%d end=%.2f mean_wait=%.3f max_wait=%.3f max_queue=%d util=[%s]'
          % (tellers, st.served, end, st.mean_wait, st.max_wait, st.max_queue, util))
    if tellers == 2:
        print('\n'.join(bank.log))

e1, e2 = Event(1.0, 0, 'a'), Event(1.0, 1, 'b')
print(e1 < e2, e1 == Event(1.0, 0, 'zzz'), sorted([e2, e1])[0].kind, e1)
print(Stats(), Stats(3, 1.5).mean_wait)
try:
    Event(1.0, 0, 'x') < (1.0, 0)
except TypeError as e:
    print('TypeError:', e)
h = []
for item in [(5, 'e'), (1, 'a'), (3, 'c'), (1, 'b'), (4, 'd')]:
    heapq.heappush(h, item)
print(heapq.nsmallest(3, h), heapq.nlargest(2, h, key=lambda t: t[1]), heapq.heappushpop(h, (0, 'z')), heapq.heapreplace(h, (9, 'y')))
print([heapq.heappop(h) for _ in range(len(h))], list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
