# floor division and modulo signs: clock arithmetic, negative divmod, wraparound grids, base conversion with negatives
for a in (7, -7):
    for b in (3, -3):
        print(f"{a:>3} {b:>3} | // {a // b:>3} % {a % b:>3} divmod {str(divmod(a, b)):>8} | int(a/b) {int(a / b):>3} math.fmod {__import__('math').fmod(a, b):>5}")
print(-1 % 10, -11 % 10, 10 % -3, -10 % -3, 0 % 5, -0 % 5, 5 % 1, (-5) % 1)
print(-(2 ** 70) // 3, -(2 ** 70) % 3, (2 ** 70) // -7, (2 ** 70) % -7, divmod(-(10 ** 30), 7), divmod(10 ** 30, -(10 ** 10) - 3))
print(-7 // 2.0, -7 % 2.0, 7 % -2.5, -0.5 // 1, -0.5 % 1, divmod(-1, 0.3))
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(5.0, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def clock(h, delta):
    return (h + delta - 1) % 12 + 1


print([clock(9, d) for d in (0, 3, 4, -9, -10, 100, -100)])
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
print([days[(2 + d) % 7] for d in (-15, -8, -1, 0, 6, 365)])
W, H = 7, 5
pos = [(0, 0), (6, 4), (3, 2)]
vel = [(-1, -1), (2, 3), (-4, 7)]
for t in (1, 10, 100, 1000):
    print(t, [((x + dx * t) % W, (y + dy * t) % H) for (x, y), (dx, dy) in zip(pos, vel)])


def to_negabase(n, b=-2):
    if n == 0:
        return "0"
    digits = []
    while n:
        n, r = divmod(n, b)
        if r < 0:
            n, r = n + 1, r - b
        digits.append(str(r))
    return "".join(reversed(digits))


def from_negabase(s, b=-2):
    return sum(int(d) * b ** i for i, d in enumerate(reversed(s)))


print([to_negabase(n) for n in range(-5, 6)], all(from_negabase(to_negabase(n)) == n for n in range(-500, 500)))
print([to_negabase(n, -10) for n in (146, -146, 10, 19)])


def ceil_div(a, b):
    return -(-a // b)


print([ceil_div(a, 4) for a in range(-5, 10)], [(a + 3) // 4 for a in range(-5, 10)] == [ceil_div(a, 4) for a in range(-5, 10)])
print(round(-2.5), round(-3.5), -7 >> 1, -7 // 2, (-7).__floordiv__(2), (7).__rfloordiv__(-2), (-7).__mod__(2), (7).__rmod__(-2))
print(pow(-2, 3), pow(2, -1), pow(-8, 1 / 3).real.__round__(6), (-8) ** 2, -8 ** 2, (-2) ** 0.5 == complex(0, 2 ** 0.5))
seq = list(range(10))
print(seq[-3:], seq[:-3], seq[::-3], seq[-1:-11:-2], seq[-100:3], seq[7:2:-1], seq[5:-5], seq[::4][::-1])
