# deque.rotate: the shorter way round in the ring buffer (any size, full or not), C ssize_t range of n
from collections import deque
import random
rng = random.Random(5)
for cap in (1, 2, 3, 7, 8, 9, 16, 17):
    d = deque(range(cap)); ref = list(range(cap))
    for _ in range(200):
        n = rng.randint(-3 * cap - 2, 3 * cap + 2)
        d.rotate(n)
        if ref:
            k = n % len(ref)
            ref = ref[-k:] + ref[:-k] if k else ref
        op = rng.random()
        if op < 0.2: d.append(len(ref)); ref.append(len(ref))
        elif op < 0.3 and ref: d.popleft(); ref.pop(0)
        elif op < 0.4: d.appendleft(-1); ref.insert(0, -1)
        assert list(d) == ref, (cap, list(d), ref)
    print(cap, list(d)[:6], len(d))
d = deque("abcdef", maxlen=6); d.rotate(2); d.append("z"); print(d); d.rotate(-4); print(d, d[0], d[-1])
d = deque(range(8)); d.rotate(); print(d); d.rotate(-1); d.rotate(2**60 + 3); print(d)
for big in (2**63, -2**63 - 1, 2**63 - 1):
    try:
        d.rotate(big); print(d)
    except OverflowError as e:
        print("OverflowError:", e)
