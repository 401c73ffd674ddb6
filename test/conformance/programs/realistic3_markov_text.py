# A Markov-chain text generator driven by a seeded random module.
import random
from collections import defaultdict, Counter

CORPUS = """
the quick brown fox jumps over the lazy dog . the dog sleeps in the sun .
a quick red fox runs past the sleeping dog . the sun sets over the hills .
the lazy cat watches the fox . a brown dog barks at the red fox .
"""


def build_chain(words, order=1):
    chain = defaultdict(Counter)
    for i in range(len(words) - order):
        key = tuple(words[i:i + order])
        chain[key][words[i + order]] += 1
    return chain


def generate(chain, rng, start, length=12):
    out = list(start)
    key = tuple(start)
    for _ in range(length):
        nxt = chain.get(key)
        if not nxt:
            break
        choices, weights = zip(*sorted(nxt.items()))
        word = rng.choices(choices, weights=weights)[0]
        out.append(word)
        key = tuple(out[-len(start):])
    return " ".join(out)


words = CORPUS.split()
print("words:", len(words), "distinct:", len(set(words)))
chain1 = build_chain(words, 1)
chain2 = build_chain(words, 2)
print("states:", len(chain1), len(chain2))
for key in sorted(chain1)[:6]:
    print(f"  {key[0]!r:>8} -> {dict(sorted(chain1[key].items()))}")

rng = random.Random(42)
for i in range(3):
    print(f"order1 #{i}:", generate(chain1, rng, ["the"]))
rng.seed(7)
for i in range(3):
    print(f"order2 #{i}:", generate(chain2, rng, ["the", "quick"], 10))

random.seed(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print("hand:", deck[:5], "sample:", random.sample(deck, 4))
print("randint:", [random.randint(1, 6) for _ in range(10)])
print("randrange:", [random.randrange(0, 100, 5) for _ in range(6)])
print("choice:", random.choice("abcdefg"), random.choice(range(1000)))
print("uniform:", round(random.uniform(10, 20), 6), "random:", round(random.random(), 6))
g = [random.gauss(0, 1) for _ in range(1000)]
mean = sum(g) / len(g)
var = sum((x - mean) ** 2 for x in g) / (len(g) - 1)
print(f"gauss mean={mean:.4f} var={var:.4f}")
print("normalvariate:", round(random.normalvariate(5, 2), 6))
print("expovariate:", round(random.expovariate(1.5), 6))
print("triangular:", round(random.triangular(0, 10, 3), 6))
print("betavariate:", round(random.betavariate(2, 3), 6))
print("choices k:", random.choices("xyz", cum_weights=[1, 5, 6], k=8))
print("getrandbits:", random.getrandbits(64), random.getrandbits(3))
print("randbytes:", random.randbytes(6).hex())
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print("state restore equal:", a == b)
r2 = random.Random("seed-string")
print("string seed:", r2.randint(0, 10**9))
r3 = random.Random(b"bytes-seed")
print("bytes seed:", r3.random())
histo = Counter(random.choices(range(5), weights=[5, 1, 1, 1, 2], k=500))
for k in sorted(histo):
    print(f"  {k}: {'#' * (histo[k] // 10)} {histo[k]}")
try:
    random.sample([1, 2, 3], 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choices("ab", weights=[1])
except ValueError as e:
    print("ValueError:", e)
