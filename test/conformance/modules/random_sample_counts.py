# random.sample with counts (k checked against the total of counts), triangular with high == low, randrange with integral floats
import random
random.seed(12)
print(random.sample(['a', 'b', 'c'], counts=[3, 1, 2], k=5))
print(random.sample('xy', counts=[4, 4], k=8), random.sample(range(3), k=0, counts=[1, 1, 1]))
for pop, counts, k in [('ab', [1, 1], 3), ('ab', [1], 1), ('ab', [0, 0], 1), ('ab', [1.5, 1], 1), ([], [], 0), ('ab', [2, 2], -1)]:
    try:
        print(random.sample(pop, counts=counts, k=k))
    except Exception as e:
        print(type(e).__name__, e)
print(random.triangular(1, 1, 1), random.triangular(2.5, 2.5, 0), random.triangular(3, 3), random.triangular(0, 1, 0.25))
print(random.randrange(5.0), random.randrange(2, 10.0), random.randrange(0, 10, 2.0), random.randint(1.0, 3))
try:
    random.randrange(2.5)
except ValueError as e:
    print(type(e).__name__, e)
