# `for a, b in enumerate(...) / zip(x, y) / d.items()` takes the two values without a
# tuple to unpack; everything else about these loops must stay CPython's.
import sys


def pairs_of(it):
    out = []
    for a, b in it:
        out.append((a, b))
    return out


print(pairs_of(enumerate('abc')), pairs_of(enumerate([10, 20], 5)), pairs_of(enumerate([], 2 ** 60)))
print(pairs_of(enumerate(range(3), 2 ** 53 - 2)))
print(pairs_of(zip('ab', [1, 2, 3])), pairs_of(zip([1], [])), pairs_of({'x': 1, 'y': 2}.items()))
print([(i, a, b) for i, (a, b) in enumerate(zip('xy', 'pq'))])

try:
    for a, b in zip([1, 2], [3], strict=True):
        print('item', a, b)
except ValueError as e:
    print('ValueError:', e)
try:
    for a, b in zip([1], [3, 4], strict=True):
        print('item', a, b)
except ValueError as e:
    print('ValueError:', e)

d = {1: 'a', 2: 'b'}
try:
    for k, v in d.items():
        d[k + 10] = v
except RuntimeError as e:
    print('RuntimeError:', e)

try:
    for a, b, c in zip('ab', 'cd'):
        pass
except ValueError as e:
    print('ValueError:', e)
try:
    for a, b in enumerate(['xy']):
        pass
    for a, b in zip('ab', 'cd', 'ef'):
        pass
except ValueError as e:
    print('ValueError:', e)


class MyEnum(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 100, v


print(pairs_of(MyEnum('ab')))


def gen_with_pairs(n):
    for i, v in enumerate(range(n)):
        for a, b in zip([i], [v * 2]):
            yield a + b


print(pairs_of(zip(gen_with_pairs(3), gen_with_pairs(4))))
print(pairs_of(enumerate(gen_with_pairs(3))))


def ops(frame, event, arg):
    frame.f_trace_opcodes = True
    if event == 'opcode' and frame.f_code.co_name == 'traced':
        seen.append(frame.f_lasti)
    return ops


def traced():
    t = 0
    for i, v in enumerate([5, 6]):
        t += i * v
    return t


seen = []
sys.settrace(ops)
r = traced()
sys.settrace(None)
print(r, len(seen) > 10)
