from datetime import timedelta
print(timedelta(days=1, seconds=3600), repr(timedelta(days=1, seconds=3600)))
print(timedelta(seconds=-0.5), repr(timedelta(seconds=-0.5)))
print(timedelta(), repr(timedelta()))
print(timedelta(weeks=1.5, hours=2.25, minutes=-3, milliseconds=1.5, microseconds=0.5))
print(timedelta(days=-3, microseconds=7).total_seconds())
t = timedelta(hours=5, minutes=7)
print(t * 3, 3 * t, t * 0.3, t / 2, t / 7, t / 0.7, t / timedelta(minutes=1), t // timedelta(minutes=2), t // 3)
print(t % timedelta(minutes=2), divmod(t, timedelta(minutes=2)), -t, abs(-t), +t)
print(t == timedelta(seconds=18420), t < timedelta(days=1), t >= t, bool(timedelta()), bool(t))
print(hash(t) == hash(timedelta(seconds=18420)))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
print(timedelta(days=2), timedelta(days=-2, seconds=5))
for bad in [lambda: t + 1, lambda: 1 + t, lambda: t < 1, lambda: t * 'a', lambda: timedelta(days=10**9), lambda: timedelta(days='1'), lambda: t / 0]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(t == 1, t != 1)
import random
random.seed(5)
for i in range(400):
    kw = {}
    for k in ['weeks', 'days', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
        r = random.random()
        if r < 0.3:
            kw[k] = random.choice([0.5, -0.5, 1.5, 2.5, 0.0005, -0.0005, 1e-7, 0.1, 1/3, 2/3, -1.25e-6, 3.5e-6]) * random.choice([1, 3, -7, 1000])
        elif r < 0.5:
            kw[k] = random.randint(-1000, 1000)
    print(repr(timedelta(**kw)), end=' ')
print()
print(timedelta(milliseconds=-0.0005), timedelta(seconds=1.0000005), timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6), timedelta(days=1e-7))
print(timedelta(1) * 1.1, timedelta(1) / 3.3, timedelta(1) // 7, timedelta(0, 0, 5) / 2, timedelta(0, 0, -5) / 2, timedelta(0, 0, 5) / -2)
print(max(timedelta(1), timedelta(2)), sum([timedelta(1), timedelta(hours=3)], timedelta()))
import copy
print(copy.copy(timedelta(3)), copy.deepcopy(timedelta(hours=-3)))
