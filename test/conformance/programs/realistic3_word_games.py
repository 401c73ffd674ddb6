# Word games: anagram groups, palindromes, Counter arithmetic, most_common ties, scrabble scoring.
from collections import Counter, defaultdict
import itertools
import string

WORDS = """listen silent enlist inlets google banana stone tones notes onset
seton level radar rotor civic kayak refer stats tenet evil vile live veil
apple paple dusty study night thing act cat tac dog god""".split()

groups = defaultdict(list)
for w in WORDS:
    groups["".join(sorted(w))].append(w)
multi = sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))
for g in multi:
    print(f"{len(g)}: {' '.join(g)}")

pals = [w for w in WORDS if w == w[::-1]]
print("palindromes:", pals)


def is_pal_sentence(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


for s in ["A man, a plan, a canal: Panama!", "Was it a car or a cat I saw?", "Not a palindrome", "No 'x' in Nixon", ""]:
    print(f"{s!r}: {is_pal_sentence(s)}")

letters = Counter("".join(WORDS))
print(letters.most_common(5))
ties = Counter("aabbccd")
print(ties.most_common(), ties.most_common(2))
rack = Counter("retinas")
for w in ["stainer", "nastier", "trains", "tennis", "seat", "treats"]:
    need = Counter(w) - rack
    print(f"{w:<8} playable={not need} missing={dict(need)}")
print(Counter("hello") + Counter("world"), Counter("hello") - Counter("l"), Counter("aab") & Counter("abb"), Counter("ab") | Counter("bbc"))
c = Counter(a=3, b=1)
c["c"] -= 2
print(c, +c, -c, sorted(c.elements()), c.total())

SCORES = {**dict.fromkeys("aeilnorstu", 1), **dict.fromkeys("dg", 2), **dict.fromkeys("bcmp", 3),
          **dict.fromkeys("fhvwy", 4), "k": 5, **dict.fromkeys("jx", 8), **dict.fromkeys("qz", 10)}
assert set(SCORES) == set(string.ascii_lowercase)


def score(w, double_letter=None, triple_word=False):
    s = sum(SCORES[ch] * (2 if i == double_letter else 1) for i, ch in enumerate(w))
    return s * (3 if triple_word else 1) + (50 if len(w) == 7 else 0)


best = max(WORDS, key=lambda w: (score(w), w))
print("best:", best, score(best), "with bonuses:", score(best, 0, True))
ranked = sorted(set(WORDS), key=lambda w: (-score(w), w))[:6]
print([(w, score(w)) for w in ranked])
print("by first letter:", {k: len(list(g)) for k, g in itertools.groupby(sorted(WORDS), key=lambda w: w[0])})


def ladder(start, end, vocab):
    from collections import deque
    vocab = set(vocab)
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == end:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i in range(len(w)):
            for ch in string.ascii_lowercase:
                nxt = w[:i] + ch + w[i + 1:]
                if nxt in vocab and nxt not in prev:
                    prev[nxt] = w
                    q.append(nxt)
    return None


vocab = "cold cord card ward warm word worm wore core care dare date gate".split()
print("ladder:", ladder("cold", "warm", vocab), ladder("cold", "gate", vocab), ladder("cold", "zzzz", vocab))


def caesar(s, k):
    tbl = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                        string.ascii_lowercase[k:] + string.ascii_lowercase[:k] + string.ascii_uppercase[k:] + string.ascii_uppercase[:k])
    return s.translate(tbl)


secret = caesar("Attack at Dawn, Zebra!", 3)
print(secret, "->", caesar(secret, 23))
freq = Counter(ch for ch in secret.lower() if ch.isalpha())
guess = (ord(freq.most_common(1)[0][0]) - ord("a")) % 26
print("most common:", freq.most_common(3), "guess shift:", guess)
hangman = "banana"
guessed = set()
for g in "xanb":
    guessed.add(g)
    shown = " ".join(ch if ch in guessed else "_" for ch in hangman)
    print(f"guess {g!r}: {shown}  {'hit' if g in hangman else 'miss'}")
print("letters left:", sorted(set(hangman) - guessed), "won:", set(hangman) <= guessed)
print(sorted(WORDS, key=len)[-3:], min(WORDS, key=len), max(map(len, WORDS)), sorted(set(map(len, WORDS))))
print("".join(sorted("tpy interpreter", reverse=True)).strip(), "-".join(reversed("abc")), "tpy"[::-1] * 2)
