# classic beginner exercises: an input() ATM loop over a replaced stdin, conversion tables, factors, palindromes, FizzBuzz, anagrams, Caesar, Roman numerals, grades, Pascal
import sys, io, random, string, math
from collections import defaultdict
sys.stdin = io.StringIO("withdraw 50\ndeposit 20.5\nbalance\nwithdraw 1000\nfoo\ndeposit -3\nquit\nignored\n")
balance = 100.0
while True:
    try:
        line = input("atm> ")
    except EOFError:
        print("\nEOF"); break
    cmd, *arg = line.split()
    if cmd == "quit":
        print("bye"); break
    elif cmd == "balance":
        print(f"balance: {balance:.2f}")
    elif cmd in ("deposit", "withdraw"):
        try:
            amt = float(arg[0])
            if amt <= 0: raise ValueError("amount must be positive")
            if cmd == "withdraw" and amt > balance: raise ValueError(f"insufficient funds ({balance:.2f})")
            balance += amt if cmd == "deposit" else -amt
            print(f"ok, balance {balance:.2f}")
        except ValueError as e:
            print("error:", e)
    else:
        print(f"unknown command {cmd!r}")
print(sys.stdin.read())
for c in range(-40, 101, 20):
    print(f"{c:>5}°C = {c * 9 / 5 + 32:>6.1f}°F | {c + 273.15:8.2f}K")
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0: out.append(d); n //= d
        d += 1
    if n > 1: out.append(n)
    return out
for n in (2, 12, 97, 360, 1001, 2**31 - 1, 600851475143):
    print(n, "=", " × ".join(map(str, factor(n))))
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon", "", "ab"]:
    print(f"{s!r:35} {is_pal(s)}")
print(" ".join("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 31)))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = defaultdict(list)
for w in words: groups["".join(sorted(w))].append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))
def caesar(s, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    return s.translate(str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k]))
msg = caesar("Hello, World! xyz", 3); print(msg, caesar(msg, -3))
def to_roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        q, n = divmod(n, v); out += s * q
    return out
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    return sum(-m[a] if m[a] < m[b] else m[a] for a, b in zip(s, s[1:] + "I"))
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n); print(n, r, from_roman(r) == n)
random.seed(42)
secret = random.randint(1, 100); lo, hi, tries = 1, 100, 0
while True:
    guess = (lo + hi) // 2; tries += 1
    if guess == secret: print(f"found {secret} in {tries} tries"); break
    if guess < secret: lo = guess + 1
    else: hi = guess - 1
scores = {"ann": [88, 92, 79], "bob": [65, 70, 58], "cy": [95, 98, 100], "di": []}
for name, s in scores.items():
    avg = sum(s) / len(s) if s else float("nan")
    grade = "A" if avg >= 90 else "B" if avg >= 80 else "C" if avg >= 70 else "F" if avg == avg else "-"
    print(f"{name:<5}{str(s):<16}{avg:>7.2f} {grade}")
print(math.pi, f"{math.pi:.50f}", round(math.e, 5), math.tau, 22 / 7 - math.pi)
tri = [[1]]
for _ in range(9): tri.append([a + b for a, b in zip([0] + tri[-1], tri[-1] + [0])])
w = len(" ".join(map(str, tri[-1])))
for row in tri: print(" ".join(map(str, row)).center(w))
