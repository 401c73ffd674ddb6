# AoC-2019-style Intcode machine: match statements on opcodes, dataclasses, generators for I/O, defaultdict memory
from dataclasses import dataclass, field
from collections import defaultdict
from itertools import permutations
from enum import IntEnum


class Op(IntEnum):
    ADD = 1
    MUL = 2
    IN = 3
    OUT = 4
    JT = 5
    JF = 6
    LT = 7
    EQ = 8
    REL = 9
    HALT = 99


@dataclass
class Machine:
    program: list
    mem: defaultdict = field(init=False)
    ip: int = 0
    base: int = 0
    steps: int = 0

    def __post_init__(self):
        self.mem = defaultdict(int, enumerate(self.program))

    def addr(self, i, mode):
        match mode:
            case 0:
                return self.mem[self.ip + i]
            case 1:
                return self.ip + i
            case 2:
                return self.base + self.mem[self.ip + i]
            case _:
                raise ValueError(f"bad mode {mode}")

    def run(self):
        """A generator: yields outputs, receives inputs via send() after yielding None."""
        while True:
            instr = self.mem[self.ip]
            op, modes = Op(instr % 100), [instr // 10 ** k % 10 for k in (2, 3, 4)]
            a = lambda i: self.addr(i, modes[i - 1])
            self.steps += 1
            match op:
                case Op.ADD | Op.MUL:
                    x, y = self.mem[a(1)], self.mem[a(2)]
                    self.mem[a(3)] = x + y if op is Op.ADD else x * y
                    self.ip += 4
                case Op.IN:
                    value = yield None
                    self.mem[a(1)] = value
                    self.ip += 2
                case Op.OUT:
                    yield self.mem[a(1)]
                    self.ip += 2
                case Op.JT | Op.JF:
                    cond = self.mem[a(1)] != 0
                    self.ip = self.mem[a(2)] if cond == (op == Op.JT) else self.ip + 3
                case Op.LT:
                    self.mem[a(3)] = int(self.mem[a(1)] < self.mem[a(2)])
                    self.ip += 4
                case Op.EQ:
                    self.mem[a(3)] = int(self.mem[a(1)] == self.mem[a(2)])
                    self.ip += 4
                case Op.REL:
                    self.base += self.mem[a(1)]
                    self.ip += 2
                case Op.HALT:
                    return self.steps


def run_io(program, inputs):
    m = Machine(list(program))
    g = m.run()
    out = []
    inputs = iter(inputs)
    try:
        v = next(g)
        while True:
            v = g.send(next(inputs)) if v is None else next(g) if out.append(v) is None else None
    except StopIteration as stop:
        return out, stop.value


quine = [109, 1, 204, -1, 1001, 100, 1, 100, 1008, 100, 16, 101, 1006, 101, 0, 99]
print(run_io(quine, [])[0] == quine, run_io(quine, []))
print(run_io([104, 1125899906842624, 99], []), run_io([1102, 34915192, 34915192, 7, 4, 7, 99, 0], []))
cmp8 = [3, 9, 8, 9, 10, 9, 4, 9, 99, -1, 8]
print([run_io(cmp8, [x])[0] for x in (7, 8, 9)])
big = [3, 21, 1008, 21, 8, 20, 1005, 20, 22, 107, 8, 21, 20, 1006, 20, 31, 1106, 0, 36, 98, 0, 0, 1002, 21, 125, 20, 4, 20, 1105, 1, 46, 104,
       999, 1105, 1, 46, 1101, 1000, 1, 20, 4, 20, 1105, 1, 46, 98, 99]
print([run_io(big, [x])[0][0] for x in range(5, 12)])
amp = [3, 15, 3, 16, 1002, 16, 10, 16, 1, 16, 15, 15, 4, 15, 99, 0, 0]


def chain(phases):
    signal = 0
    for p in phases:
        (signal,), _ = run_io(amp, [p, signal])
    return signal


best = max(permutations(range(5)), key=chain)
print(best, chain(best))
try:
    Machine([77]).run().send(None)
except ValueError as e:
    print("ValueError:", e)
m = Machine([1, 0, 0, 0, 99])
print(list(m.run()), m.mem[0], m, Op(99).name, Op.ADD + 1, repr(Op.MUL), [o.value for o in Op][:3])
