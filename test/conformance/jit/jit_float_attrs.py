# A hot loop of float arithmetic and attribute reads and writes (compiled by tpy's loop compiler),
# whose values change type part-way: ints, floats, big ints, a float subclass, None.
class P:
    def __init__(self, x, v):
        self.x = x
        self.v = v


def step(ps, dt, n):
    for _ in range(n):
        for p in ps:
            p.x += p.v * dt
            p.v -= p.x * dt * 0.5
    return [round(p.x, 9) for p in ps]


ps = [P(1.0, 0.0), P(0.5, 1), P(2, 3)]
print(step(ps, 0.01, 400))
ps[1].v = 10 ** 20          # a big int from now on
print(step(ps, 0.01, 300))


class F(float):
    pass


ps[2].x = F(1.5)            # a float subclass
print(step(ps, 0.001, 300))
total = 0
i = 0
while i < 1000:
    total += i * i - (i >> 1) + (i & 7) ** 2 // 3 % 5
    i += 1
print(total)
acc = 0
for k in range(2000):
    acc = acc * 3 + k       # leaves the safe-integer range part-way
print(acc % 1000003, acc.bit_length())
s = ''
for k in range(500):
    s += 'ab' if k % 3 else 'c'
print(len(s), s[:12])
x = 0.0
for k in range(1, 600):
    x += (k / 7) ** 0.5 - -k / (k + 1.5)
print(repr(x))
