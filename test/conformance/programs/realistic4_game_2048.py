# The 2048 game played by a seeded random strategy and a greedy one: board as a list of
# lists, moves by transposing/reversing rows, merges with scoring, tile spawning from
# random.Random(seed), game-over detection, and a box-drawn board printed every few moves.
import random
from copy import deepcopy
from itertools import chain

SIZE = 4


def new_board(rng):
    b = [[0] * SIZE for _ in range(SIZE)]
    spawn(b, rng)
    spawn(b, rng)
    return b


def spawn(b, rng):
    empty = [(r, c) for r in range(SIZE) for c in range(SIZE) if not b[r][c]]
    if not empty:
        return False
    r, c = rng.choice(empty)
    b[r][c] = 4 if rng.random() < 0.1 else 2
    return True


def slide_row(row):
    tiles = [v for v in row if v]
    out, score, i = [], 0, 0
    while i < len(tiles):
        if i + 1 < len(tiles) and tiles[i] == tiles[i + 1]:
            out.append(tiles[i] * 2)
            score += tiles[i] * 2
            i += 2
        else:
            out.append(tiles[i])
            i += 1
    return out + [0] * (SIZE - len(out)), score


def transpose(b):
    return [list(r) for r in zip(*b)]


def move(b, d):
    if d in "UD":
        b = transpose(b)
    if d in "RD":
        b = [r[::-1] for r in b]
    rows, total = [], 0
    for r in b:
        nr, s = slide_row(r)
        rows.append(nr)
        total += s
    if d in "RD":
        rows = [r[::-1] for r in rows]
    if d in "UD":
        rows = transpose(rows)
    return rows, total


def can_move(b):
    return any(move(b, d)[0] != b for d in "LRUD")


def show(b, score, n):
    w = max(4, len(str(max(chain.from_iterable(b)))))
    line = lambda l, m, r: l + m.join("\u2500" * (w + 2) for _ in range(SIZE)) + r
    print(f"move {n}, score {score}")
    print(line("\u250c", "\u252c", "\u2510"))
    for i, row in enumerate(b):
        print("\u2502" + "\u2502".join(f" {v or '.':^{w}} " for v in row) + "\u2502")
        if i < SIZE - 1:
            print(line("\u251c", "\u253c", "\u2524"))
    print(line("\u2514", "\u2534", "\u2518"))


def play(strategy, seed, show_every):
    rng = random.Random(seed)
    b = new_board(rng)
    score, n = 0, 0
    while can_move(b):
        d = strategy(b, rng)
        nb, s = move(b, d)
        if nb == b:
            continue
        b, score, n = nb, score + s, n + 1
        spawn(b, rng)
        if n % show_every == 0:
            show(b, score, n)
    return b, score, n


def random_strategy(b, rng):
    return rng.choice("LRUD")


def greedy(b, rng):
    best = max("LDRU", key=lambda d: (move(b, d)[0] != b, move(b, d)[1], sum(v == 0 for v in chain.from_iterable(move(b, d)[0]))))
    return best


print(slide_row([2, 2, 2, 2]), slide_row([4, 0, 4, 8]), slide_row([0, 0, 0, 2]), slide_row([2, 4, 8, 16]))
b0 = [[2, 0, 2, 4], [0, 4, 4, 4], [8, 8, 0, 8], [2, 2, 2, 0]]
for d in "LRUD":
    nb, s = move(deepcopy(b0), d)
    print(d, nb, s)
final, score, moves = play(random_strategy, 7, 100)
show(final, score, moves)
print("random: max tile", max(chain.from_iterable(final)), "score", score, "moves", moves)
final, score, moves = play(greedy, 7, 150)
show(final, score, moves)
print("greedy: max tile", max(chain.from_iterable(final)), "score", score, "moves", moves)
