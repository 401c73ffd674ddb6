# A poker hand evaluator: parsing, ranking with tuples, Counter patterns, and a seeded tournament.
import random
from collections import Counter
from enum import IntEnum
from itertools import combinations

RANKS = "23456789TJQKA"
SUITS = "shdc"


class Category(IntEnum):
    HIGH_CARD = 0
    PAIR = 1
    TWO_PAIR = 2
    TRIPS = 3
    STRAIGHT = 4
    FLUSH = 5
    FULL_HOUSE = 6
    QUADS = 7
    STRAIGHT_FLUSH = 8


def parse(hand):
    cards = hand.split()
    if len(cards) != 5:
        raise ValueError(f"a hand has 5 cards, got {len(cards)}: {hand!r}")
    out = []
    for c in cards:
        if len(c) != 2 or c[0] not in RANKS or c[1] not in SUITS:
            raise ValueError(f"bad card {c!r}")
        out.append((RANKS.index(c[0]) + 2, c[1]))
    if len(set(out)) != 5:
        raise ValueError(f"duplicate card in {hand!r}")
    return out


def evaluate(cards):
    values = sorted((v for v, _ in cards), reverse=True)
    counts = Counter(values)
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    shape = [c for _, c in groups]
    ordered = [v for v, _ in groups]
    flush = len({s for _, s in cards}) == 1
    straight = len(counts) == 5 and values[0] - values[4] == 4
    if values == [14, 5, 4, 3, 2]:
        straight, ordered = True, [5, 4, 3, 2, 1]
    if straight and flush:
        cat = Category.STRAIGHT_FLUSH
    elif shape == [4, 1]:
        cat = Category.QUADS
    elif shape == [3, 2]:
        cat = Category.FULL_HOUSE
    elif flush:
        cat = Category.FLUSH
    elif straight:
        cat = Category.STRAIGHT
    elif shape == [3, 1, 1]:
        cat = Category.TRIPS
    elif shape == [2, 2, 1]:
        cat = Category.TWO_PAIR
    elif shape == [2, 1, 1, 1]:
        cat = Category.PAIR
    else:
        cat = Category.HIGH_CARD
    return cat, tuple(ordered)


HANDS = ["Ah Kh Qh Jh Th", "5c 4d 3h 2s Ad", "9s 9h 9d 9c 2h", "3s 3h 3d 7c 7h", "2h 7h 9h Jh Kh",
         "6s 7d 8h 9c Tc", "Qs Qh Qd 4c 2h", "Js Jh 4d 4c Ah", "Ts Th 8d 5c 2h", "Ks Jd 8h 5c 3d", "Td Jh Qc Ks Ad"]
scored = [(evaluate(parse(h)), h) for h in HANDS]
for (cat, tiebreak), h in sorted(scored, reverse=True):
    print(f"{h}  {cat.name:<15} {tiebreak}")
print(max(scored)[1], "beats", min(scored)[1])
a, b = evaluate(parse("Ah Ad Kc Qs 2h")), evaluate(parse("As Ac Kd Js 9h"))
print("pair of aces, kicker Q vs J:", "first" if a > b else "second" if b > a else "tie")
print(Category.FLUSH > Category.STRAIGHT, Category(6), Category["PAIR"] + 1, [c.name for c in Category][-3:])
for bad in ["Ah Kh", "Ah Kh Qh Jh 1h", "Ah Ah Qh Jh Th", "Ah Kh Qh Jh Tx"]:
    try:
        parse(bad)
    except ValueError as e:
        print("ValueError:", e)

rng = random.Random(1234)
deck = [r + s for r in RANKS for s in SUITS]
tally = Counter()
wins = Counter()
for rnd in range(15):
    rng.shuffle(deck)
    players = {f"p{i}": deck[i * 7:(i + 1) * 7] for i in range(4)}
    best = {}
    for name, seven in players.items():
        best[name] = max((evaluate(parse(" ".join(c))), " ".join(c)) for c in combinations(seven, 5))
        tally[best[name][0][0].name] += 1
    top = max(best.values())[0]
    winners = sorted(n for n, v in best.items() if v[0] == top)
    wins.update(winners)
    if rnd < 3:
        print(f"round {rnd}: " + ", ".join(f"{n}={best[n][0][0].name}" for n in sorted(best)) + f" -> {winners}")
print(sorted(wins.items()))
for name, n in sorted(tally.items(), key=lambda kv: -kv[1]):
    print(f"  {name:<15} {n:>4} {n / sum(tally.values()):6.1%}")
