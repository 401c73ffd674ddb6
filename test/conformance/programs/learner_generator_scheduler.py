from collections import deque
import heapq
class Task:
    _id = 0
    def __init__(self, gen, name):
        Task._id += 1
        self.id, self.gen, self.name, self.sendval = Task._id, gen, name, None
    def run(self):
        return self.gen.send(self.sendval)
    def __repr__(self): return f"Task({self.id}, {self.name!r})"
class SysCall: pass
class Sleep(SysCall):
    def __init__(self, t): self.t = t
class Spawn(SysCall):
    def __init__(self, g, name): self.g, self.name = g, name
class Wait(SysCall):
    def __init__(self, tid): self.tid = tid
class Sched:
    def __init__(self):
        self.ready = deque(); self.sleeping = []; self.time = 0; self.tasks = {}; self.waiters = {}
    def new(self, g, name):
        t = Task(g, name); self.tasks[t.id] = t; self.ready.append(t); return t.id
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.time, _, t = heapq.heappop(self.sleeping)
                self.ready.append(t)
                continue
            t = self.ready.popleft()
            try:
                r = t.run()
            except StopIteration as e:
                print(f"[{self.time:3}] {t.name} finished -> {e.value!r}")
                del self.tasks[t.id]
                for w in self.waiters.pop(t.id, []):
                    w.sendval = e.value; self.ready.append(w)
                continue
            except Exception as e:
                print(f"[{self.time:3}] {t.name} crashed: {e!r}")
                del self.tasks[t.id]
                continue
            match r:
                case Sleep(t=d):
                    heapq.heappush(self.sleeping, (self.time + d, t.id, t))
                case Spawn(g=g, name=n):
                    t.sendval = self.new(g, n); self.ready.append(t)
                case Wait(tid=tid) if tid in self.tasks:
                    self.waiters.setdefault(tid, []).append(t)
                case Wait():
                    t.sendval = None; self.ready.append(t)
                case _:
                    t.sendval = r; self.ready.append(t)
def worker(name, n, delay):
    total = 0
    for i in range(n):
        print(f"  {name} step {i}")
        yield Sleep(delay)
        total += i
    return total
def bad():
    yield Sleep(1)
    raise ValueError("boom")
def main():
    a = yield Spawn(worker("A", 3, 2), "A")
    b = yield Spawn(worker("B", 2, 3), "B")
    yield Spawn(bad(), "bad")
    ra = yield Wait(a)
    rb = yield Wait(b)
    echo = yield "ping"
    print("main got", ra, rb, echo)
    return ra + rb
s = Sched(); s.new(main(), "main"); s.run(); print("time", s.time)
