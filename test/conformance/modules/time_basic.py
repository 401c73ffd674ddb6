# time.sleep, time.time, perf_counter and monotonic (only comparisons are printed)
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t1 >= t0, p1 >= p0, m1 >= m0)
print(p1 - p0 >= 0.005, m1 - m0 >= 0.005, t1 - t0 >= 0)
print(t0 > 1.6e9)
print(time.sleep(0) is None)
d = time.perf_counter() - p0
print(isinstance(d, float), d >= 0)
ns = time.perf_counter_ns() if hasattr(time, "perf_counter_ns") else 0
print(isinstance(ns, int))
