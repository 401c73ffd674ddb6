# os.sched_getaffinity (usable CPUs) and os.times (CPU and elapsed times as a times_result)
import os

cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, min(cpus), cpus == os.sched_getaffinity(os.getpid()), len(cpus) <= os.cpu_count())
for bad in ["x", 2 ** 22 + 12345]:
    try:
        os.sched_getaffinity(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
t = os.times()
print(type(t).__name__, repr(type(t)), len(t), t.user >= 0, t.system >= 0, t.elapsed > 0, t[4] == t.elapsed)
print(all(isinstance(v, float) for v in t), t.n_fields, os.times_result.n_sequence_fields)
try:
    t.user = 1
except AttributeError as e:
    print("AttributeError:", e)
total = 0
for i in range(200000):
    total += i
print(os.times().user >= t.user)
