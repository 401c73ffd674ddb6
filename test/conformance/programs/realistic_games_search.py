# tic-tac-toe minimax, sudoku backtracking, maze BFS with path drawing
from functools import lru_cache
from collections import deque
LINES = [(0,1,2),(3,4,5),(6,7,8),(0,3,6),(1,4,7),(2,5,8),(0,4,8),(2,4,6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]: return b[a]
    return None
@lru_cache(maxsize=None)
def minimax(b, player):
    w = winner(b)
    if w: return (1 if w == "X" else -1), None
    if "." not in b: return 0, None
    best = None
    for i, ch in enumerate(b):
        if ch != ".": continue
        nb = b[:i] + player + b[i + 1:]
        score, _ = minimax(nb, "O" if player == "X" else "X")
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    return best
b = "X...O...."
player = "X"
while not winner(b) and "." in b:
    s, mv = minimax(b, player)
    b = b[:mv] + player + b[mv + 1:]
    print(f"{player} -> {mv} (score {s:+d})")
    player = "O" if player == "X" else "X"
for r in range(3): print(" ".join(b[r * 3:r * 3 + 3]))
print("winner:", winner(b) or "draw", minimax.cache_info().currsize)
PUZ = "530070000600195000098000060800060003400803001700020006060000280000419005000080079"
grid = [[int(PUZ[r * 9 + c]) for c in range(9)] for r in range(9)]
def ok(g, r, c, v):
    if v in g[r] or any(g[i][c] == v for i in range(9)): return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(g[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))
steps = 0
def solve(g):
    global steps
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in range(1, 10):
                    if ok(g, r, c, v):
                        g[r][c] = v; steps += 1
                        if solve(g): return True
                        g[r][c] = 0
                return False
    return True
print(solve(grid), steps)
for i, row in enumerate(grid):
    if i % 3 == 0 and i: print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[j:j + 3])) for j in (0, 3, 6)))
MAZE = """
##########
#S   #   #
# ## # # #
#  #   # #
## ##### #
#      #E#
# #### # #
#    #   #
##########""".strip().splitlines()
start = next((r, c) for r, row in enumerate(MAZE) for c, ch in enumerate(row) if ch == "S")
end = next((r, c) for r, row in enumerate(MAZE) for c, ch in enumerate(row) if ch == "E")
prev = {start: None}; q = deque([start])
while q:
    cur = q.popleft()
    if cur == end: break
    r, c = cur
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nxt = (r + dr, c + dc)
        if MAZE[nxt[0]][nxt[1]] != "#" and nxt not in prev:
            prev[nxt] = cur; q.append(nxt)
path = []
node = end
while node: path.append(node); node = prev[node]
canvas = [list(row) for row in MAZE]
for r, c in path[1:-1]: canvas[r][c] = "."
print("\n".join("".join(row) for row in canvas))
print(len(path) - 1, "steps;", len(prev), "visited")
