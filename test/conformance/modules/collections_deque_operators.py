# deque's + and * are sequence slots, as CPython's: the other operand's __radd__/__rmul__ runs
# first, refusals name the right type, direct __mul__/__add__ calls raise, *= and += in place
from collections import deque


class R:
    def __radd__(self, o):
        return "radd"

    def __rmul__(self, o):
        return "rmul"

    def __mul__(self, o):
        return "mul"


class D(deque):
    pass


for f in [lambda: deque() + R(), lambda: deque() * R(), lambda: R() * deque(), lambda: deque([1]) * 2,
          lambda: 2 * deque([1]), lambda: deque([1, 2]) + deque([3]), lambda: D([1]) * 2, lambda: D([1]) + deque([2]),
          lambda: deque([1], maxlen=2) * 3, lambda: deque([1]) + [2], lambda: deque([1]) * 'x', lambda: 'x' * deque(),
          lambda: [1] * deque(), lambda: deque() * [1], lambda: deque() * 2.0, lambda: deque([1]).__mul__('x'),
          lambda: deque([1]).__rmul__('x'), lambda: deque([1]).__add__([1]), lambda: deque().__add__(R())]:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
d = deque([1])
d *= 2
d += [5]
d += deque([6])
print(d)
for bad in ["x", 1.5]:
    try:
        d *= bad
    except TypeError as e:
        print("TypeError:", e)
try:
    d += 5
except TypeError as e:
    print("TypeError:", e)
