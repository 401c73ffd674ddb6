# Sudoku by constraint propagation and backtracking: sets, dict comprehensions, string grids, copy of dicts
digits = "123456789"
rows = "ABCDEFGHI"
cols = digits


def cross(a, b):
    return [x + y for x in a for y in b]


squares = cross(rows, cols)
unitlist = ([cross(rows, c) for c in cols] + [cross(r, cols) for r in rows]
            + [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
units = {s: [u for u in unitlist if s in u] for s in squares}
peers = {s: set(sum(units[s], [])) - {s} for s in squares}
print(len(squares), len(unitlist), len(units["C2"]), len(peers["C2"]), sorted(peers["C2"])[:5])


def parse_grid(grid):
    values = {s: digits for s in squares}
    for s, d in grid_values(grid).items():
        if d in digits and not assign(values, s, d):
            return False
    return values


def grid_values(grid):
    chars = [c for c in grid if c in digits or c in "0."]
    assert len(chars) == 81, len(chars)
    return dict(zip(squares, chars))


def assign(values, s, d):
    other = values[s].replace(d, "")
    return values if all(eliminate(values, s, d2) for d2 in other) else False


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, "")
    if len(values[s]) == 0:
        return False
    elif len(values[s]) == 1:
        d2 = values[s]
        if not all(eliminate(values, s2, d2) for s2 in peers[s]):
            return False
    for u in units[s]:
        dplaces = [s for s in u if d in values[s]]
        if len(dplaces) == 0:
            return False
        elif len(dplaces) == 1 and not assign(values, dplaces[0], d):
            return False
    return values


def search(values, stats):
    if values is False:
        return False
    if all(len(values[s]) == 1 for s in squares):
        return values
    n, s = min((len(values[s]), s) for s in squares if len(values[s]) > 1)
    stats["branches"] += 1
    for d in values[s]:
        result = search(assign(values.copy(), s, d), stats)
        if result:
            return result
    return False


def display(values):
    width = 1 + max(len(values[s]) for s in squares)
    line = "+".join(["-" * (width * 3)] * 3)
    for r in rows:
        print("".join(values[r + c].center(width) + ("|" if c in "36" else "") for c in cols))
        if r in "CF":
            print(line)


easy = "003020600900305001001806400008102900700000008006708200002609500800203009005010300"
hard = "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......"
for name, puzzle in (("easy", easy), ("hard", hard)):
    stats = {"branches": 0}
    solution = search(parse_grid(puzzle), stats)
    print(name, stats, "".join(solution[s] for s in squares)[:27])
    display(solution)
    ok = all(sorted(solution[s] for s in u) == list(digits) for u in unitlist)
    print("valid:", ok)
print(parse_grid("11" + "." * 79))
