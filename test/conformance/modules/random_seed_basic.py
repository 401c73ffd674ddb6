# random.seed(42) makes random.random() reproducible (Mersenne Twister, as in CPython)
import random
random.seed(42)
first = [random.random() for _ in range(5)]
print(first)
random.seed(42)
again = [random.random() for _ in range(5)]
print(first == again)
random.seed(0)
print(random.random(), random.random())
random.seed(12345)
print([round(random.random(), 6) for _ in range(3)])
random.seed(2 ** 80 + 7)
print(random.random())
random.seed(-42)
print(random.random())
random.seed(42)
print(all(0.0 <= random.random() < 1.0 for _ in range(1000)))
