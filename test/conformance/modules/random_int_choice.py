# seeded randint, randrange, choice, shuffle and uniform match CPython exactly
import random
random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], [random.randrange(0, 100, 5) for _ in range(5)])
print(random.randrange(-10, 10), random.randint(10 ** 20, 10 ** 20 + 1000))
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print([random.uniform(1, 10) for _ in range(3)])
print(random.uniform(5, 5), random.randint(7, 7))
random.seed(7)
words = ["apple", "banana", "cherry", "date"]
random.shuffle(words)
print(words, random.choice(words))
random.seed(1)
print([random.randrange(1, 1000) for _ in range(5)], random.randrange(10 ** 30))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
