# Conway's game of life on a torus and on an unbounded set
import copy


def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip("\n").splitlines()) for c, ch in enumerate(line) if ch == "#"}


def step(cells):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}


def render(cells, rows=None, cols=None):
    if not cells:
        return "(empty)"
    rs = [r for r, _ in cells]
    cs = [c for _, c in cells]
    r0, r1 = (min(rs), max(rs)) if rows is None else rows
    c0, c1 = (min(cs), max(cs)) if cols is None else cols
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(c0, c1 + 1)) for r in range(r0, r1 + 1))


class Torus:
    def __init__(self, h, w, cells=()):
        self.h, self.w = h, w
        self.grid = [[False] * w for _ in range(h)]
        for r, c in cells:
            self.grid[r % h][c % w] = True

    def neighbours(self, r, c):
        return sum(self.grid[(r + dr) % self.h][(c + dc) % self.w]
                   for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))

    def step(self):
        new = copy.deepcopy(self.grid)
        for r in range(self.h):
            for c in range(self.w):
                n = self.neighbours(r, c)
                new[r][c] = n == 3 or (n == 2 and self.grid[r][c])
        self.grid = new

    def population(self):
        return sum(map(sum, self.grid))

    def __str__(self):
        return "\n".join("".join(".#"[v] for v in row) for row in self.grid)


glider = parse("""
.#.
..#
###
""")
cells = glider
for gen in range(5):
    print(f"gen {gen}: {len(cells)} cells, bbox {min(cells)}..{max(cells)}")
    print(render(cells, (0, 5), (0, 5)))
    cells = step(cells)

r_pentomino = parse("""
.##
##.
.#.
""")
cells = r_pentomino
history = []
for gen in range(60):
    history.append(len(cells))
    cells = step(cells)
print(history)
print(max(history), history.index(max(history)))

t = Torus(6, 6, glider)
seen = {}
for gen in range(30):
    key = str(t)
    if key in seen:
        print(f"torus repeats: gen {gen} == gen {seen[key]}")
        break
    seen[key] = gen
    t.step()
print(t)
print(t.population())
blinker = Torus(5, 5, [(2, 1), (2, 2), (2, 3)])
states = []
for _ in range(4):
    states.append(str(blinker).replace("\n", "/"))
    blinker.step()
print(states)
print(states[0] == states[2], states[1] == states[3])
