# NotImplemented from both sides and the TypeError messages
class A:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
    def __iadd__(self, o): return NotImplemented
class B: pass
tests = [
    lambda: A() + 1, lambda: 1 + A(), lambda: A() + A(), lambda: A() - 1, lambda: 1 - B(),
    lambda: A() < 1, lambda: 1 < A(), lambda: B() <= B(), lambda: B() > 1, lambda: 'x' >= B(),
    lambda: A() @ 1, lambda: B() ** 2, lambda: pow(B(), 2, 3), lambda: divmod(B(), 1),
    lambda: -B(), lambda: +B(), lambda: ~B(), lambda: abs(B()), lambda: B() << 1,
    lambda: [] + B(), lambda: B() * 'x', lambda: 'x' * B(), lambda: [1] * 1.5,
    lambda: None + 1, lambda: 1 & 1.0, lambda: {} | [], lambda: B() % 'a',
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
print(A() == A(), A() != A(), A() == 1)
x = A()
try:
    x += 1
except TypeError as e:
    print('TypeError:', e)
y = B()
for s in ['y += 1', 'y -= 1', 'y *= 1', 'y @= 1', 'y /= 1', 'y //= 1', 'y %= 1', 'y **= 1', 'y <<= 1', 'y >>= 1', 'y &= 1', 'y ^= 1', 'y |= 1']:
    try:
        exec(s, {'y': y})
    except TypeError as e:
        print('TypeError:', e)
