# An elevator controller simulation: generator-driven cars, an Enum state machine, requests in a heap.
import heapq
from enum import Enum, auto
from collections import deque
from dataclasses import dataclass, field


class State(Enum):
    IDLE = auto()
    MOVING_UP = auto()
    MOVING_DOWN = auto()
    DOORS_OPEN = auto()


@dataclass(order=True)
class Request:
    time: int
    floor: int = field(compare=False)
    dest: int = field(compare=False)
    who: str = field(compare=False, default="?")


class Car:
    def __init__(self, name, floor=0, capacity=4):
        self.name, self.floor, self.capacity = name, floor, capacity
        self.state = State.IDLE
        self.stops = set()
        self.riders = []
        self.waiting = {}
        self.log = []
        self.moves = 0

    def direction(self):
        if not self.stops:
            return 0
        above = any(s > self.floor for s in self.stops)
        below = any(s < self.floor for s in self.stops)
        if self.state is State.MOVING_DOWN and below:
            return -1
        if above:
            return 1
        return -1 if below else 0

    def step(self, t):
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.state = State.DOORS_OPEN
            out = [r for r in self.riders if r.dest == self.floor]
            self.riders = [r for r in self.riders if r.dest != self.floor]
            boarding = self.waiting.pop(self.floor, deque())
            left_behind = deque()
            while boarding:
                r = boarding.popleft()
                if len(self.riders) < self.capacity:
                    self.riders.append(r)
                    self.stops.add(r.dest)
                else:
                    left_behind.append(r)
            if left_behind:
                self.waiting[self.floor] = left_behind  # fetched once the car is empty again
            self.log.append(f"t={t:>2} {self.name} open@{self.floor} out={[r.who for r in out]} in={[r.who for r in self.riders]}")
            return
        if not self.stops and self.waiting:
            self.stops.update(self.waiting)
        d = self.direction()
        if d == 0:
            self.state = State.IDLE
            return
        self.state = State.MOVING_UP if d > 0 else State.MOVING_DOWN
        self.floor += d
        self.moves += 1

    def cost(self, floor):
        return abs(self.floor - floor) + 2 * len(self.stops) + (0 if self.state is State.IDLE else 1)


def simulate(requests, cars, until=40):
    pending = list(requests)
    heapq.heapify(pending)
    states = []
    for t in range(until):
        while pending and pending[0].time <= t:
            req = heapq.heappop(pending)
            car = min(cars, key=lambda c: (c.cost(req.floor), c.name))
            car.waiting.setdefault(req.floor, deque()).append(req)
            car.stops.add(req.floor)
            car.log.append(f"t={t:>2} {car.name} assigned {req.who}: {req.floor}->{req.dest}")
        for car in cars:
            car.step(t)
        states.append("".join(c.state.name[0] for c in cars))
        if not pending and all(not c.stops and not c.riders for c in cars):
            return t, states
    return None, states


reqs = [Request(0, 0, 5, "ann"), Request(1, 3, 0, "bob"), Request(2, 7, 1, "cy"), Request(2, 2, 8, "dee"),
        Request(5, 5, 2, "eve"), Request(6, 0, 3, "fay"), Request(6, 0, 4, "gus"), Request(6, 0, 6, "hal"),
        Request(6, 0, 2, "ivy"), Request(6, 0, 7, "jon"), Request(12, 8, 0, "kim")]
cars = [Car("A", 0, capacity=3), Car("B", 8)]
done, states = simulate(reqs, cars)
for c in cars:
    print(f"== car {c.name}: {c.moves} moves, ends at {c.floor} ({c.state.name})")
    print("\n".join(c.log))
print("finished at t =", done)
print("state trace:", " ".join(states))
print([s.name for s in State], State.IDLE in State, State["DOORS_OPEN"].value, min(reqs).who, sorted(reqs)[-1].who)
