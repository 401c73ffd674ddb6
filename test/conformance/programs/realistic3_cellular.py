# Cellular automata: elementary rule 30/90/110, Conway's life with sets, Langton's ant.
from collections import Counter


def elementary(rule, width=31, steps=15):
    table = {tuple(int(b) for b in f"{i:03b}"): (rule >> i) & 1 for i in range(8)}
    row = [0] * width
    row[width // 2] = 1
    out = []
    for _ in range(steps):
        out.append("".join("█" if c else "·" for c in row))
        row = [table[(row[(i - 1) % width], row[i], row[(i + 1) % width])] for i in range(width)]
    return out, sum(row)


for rule in (30, 90, 110):
    rows, alive = elementary(rule)
    print(f"rule {rule} (binary {rule:08b}), alive at end: {alive}")
    print("\n".join(rows[:8]))


def life_step(cells):
    counts = Counter((x + dx, y + dy) for x, y in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}


def show(cells, x0, y0, x1, y1):
    for y in range(y0, y1 + 1):
        print("".join("#" if (x, y) in cells else "." for x in range(x0, x1 + 1)))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = set(glider)
for gen in range(5):
    print(f"gen {gen}: {len(cells)} cells, bbox x {min(x for x, _ in cells)}..{max(x for x, _ in cells)}")
    show(cells, 0, 0, 5, 5)
    cells = life_step(cells)
shifted = {(x - 1, y - 1) for x, y in life_step(life_step(life_step(life_step(glider))))}
print("glider translates:", shifted == glider)
blinker = {(0, 1), (1, 1), (2, 1)}
print("blinker period 2:", life_step(life_step(blinker)) == blinker, life_step(blinker) != blinker)
rpent = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
pop = []
c = rpent
for _ in range(60):
    c = life_step(c)
    pop.append(len(c))
print("r-pentomino population:", pop[:10], "... max", max(pop), "at", pop.index(max(pop)) + 1)
seen = {}
c = frozenset({(0, 0), (1, 0), (0, 1), (1, 1), (3, 3), (4, 3), (5, 3)})
for gen in range(10):
    if c in seen:
        print(f"cycle: generation {gen} repeats generation {seen[c]}")
        break
    seen[c] = gen
    c = frozenset(life_step(c))


def langton(steps):
    black = set()
    pos, d = (0, 0), 0
    dirs = [(0, -1), (1, 0), (0, 1), (-1, 0)]
    for _ in range(steps):
        if pos in black:
            d = (d - 1) % 4
            black.remove(pos)
        else:
            d = (d + 1) % 4
            black.add(pos)
        pos = (pos[0] + dirs[d][0], pos[1] + dirs[d][1])
    return black, pos, "NESW"[d]


black, pos, facing = langton(500)
print(f"ant after 500 steps: {len(black)} black cells, at {pos} facing {facing}")
xs = [x for x, _ in black]; ys = [y for _, y in black]
for y in range(min(ys), max(ys) + 1):
    print("".join("A" if (x, y) == pos else ("■" if (x, y) in black else " ") for x in range(min(xs), max(xs) + 1)).rstrip())
counts = Counter(len(langton(n)[0]) % 3 for n in range(0, 200, 7))
print("mod-3 histogram:", sorted(counts.items()))
