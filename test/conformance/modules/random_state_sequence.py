# one seeded stream shared between different random functions
import random
random.seed(2024)
ops = []
for i in range(12):
    k = i % 4
    if k == 0:
        ops.append(random.randint(0, 1000))
    elif k == 1:
        ops.append(round(random.random(), 8))
    elif k == 2:
        ops.append(random.choice("xyz"))
    else:
        ops.append(random.randrange(2, 50, 3))
print(ops)
random.seed(2024)
print(random.randint(0, 1000) == ops[0])
cards = [f"{r}{s}" for s in "HS" for r in "A23"]
random.shuffle(cards)
print(cards)
total = sum(random.randint(1, 6) for _ in range(100))
print(total)
