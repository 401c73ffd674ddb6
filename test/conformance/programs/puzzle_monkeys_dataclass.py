# AoC-style: monkey in the middle -- dataclasses, parsing blocks, operator table, lcm, modular worry
from dataclasses import dataclass, field
import math
import operator
import re
from collections import deque

DATA = """Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23
    If true: throw to monkey 2
    If false: throw to monkey 3

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19
    If true: throw to monkey 2
    If false: throw to monkey 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13
    If true: throw to monkey 1
    If false: throw to monkey 3

Monkey 3:
  Starting items: 74
  Operation: new = old + 3
  Test: divisible by 17
    If true: throw to monkey 0
    If false: throw to monkey 1"""

OPS = {"*": operator.mul, "+": operator.add}


@dataclass
class Monkey:
    ident: int
    items: deque
    op: str
    arg: str
    div: int
    if_true: int
    if_false: int
    inspected: int = 0
    history: list = field(default_factory=list, repr=False)

    def new_worry(self, old):
        value = old if self.arg == "old" else int(self.arg)
        return OPS[self.op](old, value)


def parse(text):
    monkeys = []
    for block in text.split("\n\n"):
        lines = block.splitlines()
        ident = int(re.search(r"\d+", lines[0]).group())
        items = deque(int(x) for x in lines[1].split(":")[1].split(","))
        *_, op, arg = lines[2].split()
        nums = [int(re.findall(r"\d+", l)[0]) for l in lines[3:]]
        monkeys.append(Monkey(ident, items, op, arg, *nums))
    return monkeys


def play(rounds, relief):
    ms = parse(DATA)
    mod = math.lcm(*(m.div for m in ms))
    for _ in range(rounds):
        for m in ms:
            while m.items:
                w = m.new_worry(m.items.popleft())
                w = w // 3 if relief else w % mod
                m.inspected += 1
                target = m.if_true if w % m.div == 0 else m.if_false
                ms[target].items.append(w)
    return ms


ms = play(20, True)
for m in ms:
    print(m)
counts = sorted((m.inspected for m in ms), reverse=True)
print(counts, counts[0] * counts[1])
ms = play(10000, False)
counts = sorted((m.inspected for m in ms), reverse=True)
print(counts, math.prod(counts[:2]))
print(math.lcm(23, 19, 13, 17), math.gcd(96577, 23 * 19), math.lcm(), math.gcd(), math.lcm(0, 5))
m0 = parse(DATA)[0]
print(m0 == parse(DATA)[0], m0.new_worry(10**20), Monkey.__dataclass_fields__["inspected"].default)
