# Tic-tac-toe with minimax and alpha-beta pruning, memoised on board states, plus a seeded random opponent
import random
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if "." not in board else None

def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))

@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w == "X": return 1, None
    if w == "O": return -1, None
    if w == "draw": return 0, None
    best = None
    for i, cell in enumerate(board):
        if cell != ".":
            continue
        nb = board[:i] + player + board[i + 1:]
        score, _ = minimax(nb, "O" if player == "X" else "X")
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    return best

nodes = 0
def alphabeta(board, player, alpha=-2, beta=2):
    global nodes
    nodes += 1
    w = winner(board)
    if w is not None:
        return {"X": 1, "O": -1, "draw": 0}[w], None
    move = None
    for i in (4, 0, 2, 6, 8, 1, 3, 5, 7):
        if board[i] != ".":
            continue
        nb = board[:i] + player + board[i + 1:]
        score, _ = alphabeta(nb, "O" if player == "X" else "X", alpha, beta)
        if player == "X" and score > alpha:
            alpha, move = score, i
        elif player == "O" and score < beta:
            beta, move = score, i
        if alpha >= beta:
            break
    return (alpha if player == "X" else beta), move

print(minimax("." * 9, "X"), minimax.cache_info())
print(alphabeta("." * 9, "X"), nodes)
print(minimax("XO.X.O...", "X"), alphabeta("XO.X.O...", "X"))

def play(seed):
    rng = random.Random(seed)
    board, player = "." * 9, "X"
    moves = []
    while winner(board) is None:
        if player == "X":
            _, i = minimax(board, "X")
        else:
            i = rng.choice([k for k, c in enumerate(board) if c == "."])
        board = board[:i] + player + board[i + 1:]
        moves.append(i)
        player = "O" if player == "X" else "X"
    return winner(board), moves, board

results = {}
for seed in range(12):
    w, moves, board = play(seed)
    results[w] = results.get(w, 0) + 1
    if seed < 3:
        print(f"seed {seed}: {w} after {moves}")
        print(show(board))
print(sorted(results.items()))
rng = random.Random(7)
print(rng.random(), rng.randint(1, 6), rng.sample(range(10), 3), rng.choices("abc", weights=[5, 1, 1], k=5), rng.uniform(1, 2), rng.gauss(0, 1))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:5], rng.randrange(0, 100, 5), rng.getrandbits(16), rng.choice(deck), round(rng.triangular(0, 10, 3), 6), round(rng.betavariate(2, 3), 6), round(rng.expovariate(1.5), 6))
