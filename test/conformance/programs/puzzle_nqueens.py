# N-queens three ways: recursive generator with sets, bitmask backtracking, permutations filter; board printing
from itertools import permutations, islice


def queens_sets(n):
    def place(row, cols, d1, d2, acc):
        if row == n:
            yield tuple(acc)
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                acc.append(c)
                yield from place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc)
                acc.pop()
    yield from place(0, frozenset(), frozenset(), frozenset(), [])


def queens_bits(n):
    full = (1 << n) - 1
    count = 0

    def go(cols, ld, rd):
        nonlocal count
        if cols == full:
            count += 1
            return
        avail = full & ~(cols | ld | rd)
        while avail:
            bit = avail & -avail
            avail ^= bit
            go(cols | bit, (ld | bit) << 1 & full, (rd | bit) >> 1)

    go(0, 0, 0)
    return count


def queens_perm(n):
    return [p for p in permutations(range(n)) if len({p[i] + i for i in range(n)}) == n == len({p[i] - i for i in range(n)})]


for n in range(1, 9):
    sols = list(queens_sets(n))
    print(n, len(sols), queens_bits(n), sols[:1])
print(len(queens_perm(7)), queens_perm(6))
print("bits 10:", queens_bits(10))
first = next(queens_sets(8))
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
gen = queens_sets(6)
print(list(islice(gen, 2)), next(gen), next(gen, "none left"))


def unique(sols, n):
    def transforms(s):
        b = list(s)
        for _ in range(4):
            b = [b.index(n - 1 - i) for i in range(n)]  # rotate 90
            yield tuple(b)
            yield tuple(reversed(b))
    seen = set()
    out = []
    for s in sols:
        key = min(transforms(s))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


print("unique 8:", len(unique(list(queens_sets(8)), 8)))
