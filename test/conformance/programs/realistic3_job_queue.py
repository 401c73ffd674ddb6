# A priority job queue with heapq, dataclass(order=True) and itertools.count.
import heapq
import itertools
from dataclasses import dataclass, field, asdict, replace, astuple, fields
from enum import IntEnum


class Priority(IntEnum):
    HIGH = 1
    NORMAL = 5
    LOW = 9


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: float = field(default=1.0, compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)


class JobQueue:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count(1)
        self._cancelled = set()
        self.log = []

    def push(self, name, priority=Priority.NORMAL, cost=1.0, *tags):
        job = Job(int(priority), next(self._counter), name, cost, list(tags))
        heapq.heappush(self._heap, job)
        self.log.append(("push", name))
        return job

    def cancel(self, name):
        self._cancelled.add(name)

    def pop(self):
        while self._heap:
            job = heapq.heappop(self._heap)
            if job.name in self._cancelled:
                self.log.append(("skip", job.name))
                continue
            self.log.append(("pop", job.name))
            return job
        raise IndexError("pop from empty job queue")

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return any(j.name not in self._cancelled for j in self._heap)


q = JobQueue()
q.push("backup", Priority.LOW, 5.0, "nightly")
q.push("email", Priority.HIGH, 0.5)
q.push("report", Priority.NORMAL, 2.0, "weekly", "pdf")
q.push("alert", Priority.HIGH, 0.1, "urgent")
q.push("cleanup", Priority.LOW)
q.push("index", 3, 1.5)
q.cancel("cleanup")
print("queued:", len(q), bool(q))
print("peek:", q._heap[0])
clock = 0.0
while q:
    job = q.pop()
    clock += job.cost
    print(f"t={clock:6.2f}  {job.name:<8} prio={Priority(job.priority).name if job.priority in Priority._value2member_map_ else job.priority}  tags={job.tags}")
print("log:", q.log)
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)

a = Job(1, 1, "a"); b = Job(1, 2, "b"); c = Job(1, 1, "zzz", 9.0)
print(a < b, a == c, a <= c, sorted([b, c, a]))
print(asdict(a), astuple(b))
print(replace(a, name="renamed", priority=0))
print([f.name for f in fields(Job)], [f.compare for f in fields(Job)])
try:
    a < (1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    Job(1)
except TypeError as e:
    print("TypeError:", e)

# round-robin with itertools.cycle and heapq.heapreplace
workers = itertools.cycle(["w1", "w2", "w3"])
loads = [(0, w) for w in ("w1", "w2", "w3")]
heapq.heapify(loads)
for task, size in zip("ABCDEFG", [3, 1, 4, 1, 5, 9, 2]):
    load, w = loads[0]
    heapq.heapreplace(loads, (load + size, w))
    print(f"task {task} size {size} -> {w} (rr would be {next(workers)})")
print(sorted(loads))
print(heapq.heappushpop(loads, (1, "w0")), sorted(loads))
counter = itertools.count(10, 2.5)
print([next(counter) for _ in range(4)], repr(counter))
print(list(itertools.repeat("x", 3)), repr(itertools.repeat(1, 2)))
print(Priority.HIGH < Priority.LOW, Priority(5), Priority["LOW"], max(Priority), list(Priority))
print(Priority.HIGH + 1, f"{Priority.NORMAL}", f"{Priority.NORMAL!r}", str(Priority.LOW))
