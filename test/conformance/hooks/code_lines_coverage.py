# A coverage tool's line counter: 'line' events counted per function, compared with the lines
# code.co_lines() says are executable (dis.findlinestarts' lines too); co_positions' lines.
import sys
import dis
from collections import defaultdict, Counter

hits = defaultdict(Counter)

def tracer(frame, event, arg):
    if event == 'line':
        hits[frame.f_code.co_name][frame.f_lineno - frame.f_code.co_firstlineno] += 1
    return tracer

def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n % 2:
        return "odd"
    else:
        return "even"

def fizz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        else:
            out.append(str(i))
    while out and out[-1] == "Fizz":
        out.pop()
    return out

def gen(n):
    try:
        yield n
    finally:
        pass

def unused(x):
    return [y
            for y in x]

class Point:
    x = 0
    def norm(self):
        return abs(self.x)

sys.settrace(tracer)
for v in (-1, 0, 3):
    classify(v)
fizz(6)
list(gen(1))
sys.settrace(None)

def rel_lines(code):
    return sorted({line - code.co_firstlineno for _, _, line in code.co_lines() if line is not None})

for fn in (classify, fizz, gen, unused, Point.norm):
    co = fn.__code__
    executable = rel_lines(co)
    got = hits[co.co_name]
    print(co.co_name, "executable", executable)
    print("  hit", sorted(got.items()))
    missed = [ln for ln in executable if ln and ln not in got]
    print("  missed", missed)
    starts = sorted({line - co.co_firstlineno for _, line in dis.findlinestarts(co)})
    print("  starts", starts == executable)
    # (3.11's RESUME gives co_positions the def line too; tpy has no RESUME: see docs/differences.md)
    pos = sorted({p[0] - co.co_firstlineno for p in co.co_positions() if p[0] is not None} - {0})
    print("  positions", pos)

mod = compile("x = 1\nif x:\n    y = 2\n", "<m>", "exec")
print(sorted({line for _, _, line in mod.co_lines()}))
ranges = list(classify.__code__.co_lines())
print(all(r[0] <= r[1] for r in ranges), all(a[1] == b[0] for a, b in zip(ranges, ranges[1:])))
print(ranges[-1][1] == len(classify.__code__.co_code))
print(type(classify.__code__.co_lines()).__name__, type(classify.__code__.co_positions()).__name__)
try:
    classify.__code__.co_lines(1)
except TypeError as e:
    print(type(e).__name__, e)
