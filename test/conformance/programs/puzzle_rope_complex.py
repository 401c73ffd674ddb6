# AoC-style: rope bridge -- complex numbers as coordinates, sign of components, set of visited points
DATA = """R 4
U 4
L 3
D 1
R 4
D 1
L 5
R 2"""

DIRS = {"R": 1, "L": -1, "U": 1j, "D": -1j}


def sign(x):
    return (x > 0) - (x < 0)


def follow(head, tail):
    d = head - tail
    if abs(d.real) <= 1 and abs(d.imag) <= 1:
        return tail
    return tail + complex(sign(d.real), sign(d.imag))


def simulate(knots, data):
    rope = [0j] * knots
    seen = {rope[-1]}
    for line in data.splitlines():
        d, n = line.split()
        for _ in range(int(n)):
            rope[0] += DIRS[d]
            for i in range(1, knots):
                rope[i] = follow(rope[i - 1], rope[i])
            seen.add(rope[-1])
    return rope, seen


rope, seen = simulate(2, DATA)
print(rope, len(seen))
print(sorted(seen, key=lambda z: (z.imag, z.real)))
rope, seen = simulate(10, DATA)
print(rope, len(seen))
big = """R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20"""
rope, seen = simulate(10, big)
print(len(seen), rope[0], rope[-1])
xs = [int(z.real) for z in seen]
ys = [int(z.imag) for z in seen]
for y in range(max(ys), min(ys) - 1, -1):
    print("".join("#" if complex(x, y) in seen else "s" if x == y == 0 else "." for x in range(min(xs), max(xs) + 1)))
z = 3 + 4j
print(abs(z), z.conjugate(), z * 1j, z / 2, -z, z ** 2, complex("1+2j"), repr(complex(0, -0.0)), 1j ** 2)
print(complex(1.5, -2), str(2j), repr(-1j), (1 + 2j) == complex(1, 2), hash(1 + 0j) == hash(1))
print(f"{z:.2f}", format(1.25 - 3j, ">20"), f"{2.5j:g}")
