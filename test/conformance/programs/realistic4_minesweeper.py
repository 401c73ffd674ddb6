# Minesweeper on a seeded board: mine placement avoiding the first click, neighbour counts,
# flood-fill reveal (iterative and recursive), flags, a simple deterministic solver that
# applies the two basic rules until stuck, board rendering, and the win/lose messages.
import random
from itertools import product

W, H, MINES = 12, 8, 14


class Board:
    def __init__(self, seed, first):
        rng = random.Random(seed)
        cells = [(r, c) for r, c in product(range(H), range(W)) if max(abs(r - first[0]), abs(c - first[1])) > 1]
        self.mines = set(rng.sample(cells, MINES))
        self.shown = set()
        self.flags = set()
        self.counts = {(r, c): sum((nr, nc) in self.mines for nr, nc in self.neighbours(r, c)) for r, c in product(range(H), range(W))}
        self.lost = False

    @staticmethod
    def neighbours(r, c):
        return [(r + dr, c + dc) for dr, dc in product((-1, 0, 1), repeat=2)
                if (dr or dc) and 0 <= r + dr < H and 0 <= c + dc < W]

    def reveal(self, r, c):
        if (r, c) in self.mines:
            self.lost = True
            return 0
        stack, opened = [(r, c)], 0
        while stack:
            cell = stack.pop()
            if cell in self.shown or cell in self.flags:
                continue
            self.shown.add(cell)
            opened += 1
            if self.counts[cell] == 0:
                stack.extend(n for n in self.neighbours(*cell) if n not in self.shown)
        return opened

    def won(self):
        return len(self.shown) == W * H - MINES

    def render(self, show_mines=False):
        rows = ["   " + "".join(f"{c % 10}" for c in range(W))]
        for r in range(H):
            line = []
            for c in range(W):
                cell = (r, c)
                if cell in self.flags:
                    line.append("F")
                elif show_mines and cell in self.mines:
                    line.append("*")
                elif cell in self.shown:
                    line.append(str(self.counts[cell]) if self.counts[cell] else " ")
                else:
                    line.append("\u2592")
            rows.append(f"{r:>2} " + "".join(line))
        return "\n".join(rows)


def solve_step(b):
    progress = False
    for cell in sorted(b.shown):
        n = b.counts[cell]
        if n == 0:
            continue
        hidden = [x for x in b.neighbours(*cell) if x not in b.shown and x not in b.flags]
        flagged = [x for x in b.neighbours(*cell) if x in b.flags]
        if hidden and n - len(flagged) == len(hidden):
            b.flags.update(hidden)
            progress = True
        elif hidden and n == len(flagged):
            for x in hidden:
                b.reveal(*x)
            progress = True
    return progress


def count_region(b, start, seen=None):
    seen = set() if seen is None else seen
    if start in seen or b.counts[start] != 0 or start in b.mines:
        return seen
    seen.add(start)
    for n in b.neighbours(*start):
        count_region(b, n, seen)
    return seen


for seed in (1, 2, 3):
    first = (H // 2, W // 2)
    b = Board(seed, first)
    opened = b.reveal(*first)
    rounds = 0
    while not b.won() and not b.lost and solve_step(b):
        rounds += 1
    zero_region = len(count_region(b, first))
    status = "won" if b.won() else ("lost" if b.lost else "stuck")
    print(f"seed {seed}: first click opened {opened}, solver rounds {rounds}, zero region {zero_region}, "
          f"flags {len(b.flags)} correct {len(b.flags & b.mines)}, shown {len(b.shown)}, {status}")
    print(b.render())
    if status == "stuck":
        guess = min((x for x in product(range(H), range(W)) if x not in b.shown and x not in b.flags),
                    key=lambda x: (sum(n in b.shown for n in b.neighbours(*x)), x))
        b.reveal(*guess)
        print(f"guess {guess}: {'BOOM' if b.lost else 'safe'}")
        if b.lost:
            print(b.render(show_mines=True))
print(sorted(Board(9, (0, 0)).mines)[:5], sum(Board(9, (0, 0)).counts.values()))
