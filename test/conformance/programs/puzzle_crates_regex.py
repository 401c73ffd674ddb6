# AoC-style: supply stacks -- fixed-width column parsing, regex moves, list slicing moves
import re
from copy import deepcopy

DATA = """\
    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2"""

drawing, moves = DATA.split("\n\n")
rows = drawing.splitlines()
labels = rows.pop()
n = len(labels.split())
stacks = [[] for _ in range(n)]
for row in reversed(rows):
    for i, ch in enumerate(row[1::4]):
        if ch != " ":
            stacks[i].append(ch)
print(stacks)
steps = [tuple(map(int, re.findall(r"\d+", m))) for m in moves.splitlines()]
print(steps)


def run(stacks, steps, keep_order):
    s = deepcopy(stacks)
    for cnt, a, b in steps:
        chunk = s[a - 1][-cnt:]
        del s[a - 1][-cnt:]
        s[b - 1].extend(chunk if keep_order else chunk[::-1])
    return s


for flag in (False, True):
    res = run(stacks, steps, flag)
    print(flag, res, "".join(st[-1] if st else " " for st in res))
m = re.match(r"move (?P<n>\d+) from (?P<src>\d) to (?P<dst>\d)", "move 12 from 3 to 9")
print(m.groupdict(), m.group("n", "dst"), m.span("src"), m.lastgroup)
print(re.sub(r"(\d+)", lambda mm: str(int(mm.group()) * 2), "move 1 from 2 to 3"))
print(re.split(r"\s*\[|\]\s*", "[A] [B]"), re.findall(r"\[(\w)\]", drawing))
print([(mm.start(), mm.group()) for mm in re.finditer(r"[A-Z]", rows[1])])
