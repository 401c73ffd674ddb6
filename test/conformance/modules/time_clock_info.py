# time: get_clock_info for each clock, the CLOCK_* ids, clock_gettime/_ns/clock_getres and their errors
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info, info.implementation, info.monotonic, info.adjustable, info.resolution)
print(sorted((n, getattr(time, n)) for n in dir(time) if n.startswith("CLOCK_")))
for clk in (time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID):
    a = time.clock_gettime(clk)
    b = time.clock_gettime_ns(clk)
    print(clk, type(a).__name__, type(b).__name__, a > 0, b > 0, time.clock_getres(clk))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5, time.clock_gettime(time.CLOCK_MONOTONIC) <= time.monotonic())
for bad in [("get_clock_info", "nope"), ("get_clock_info", 1), ("clock_gettime", 99), ("clock_gettime", "x"), ("clock_getres", -1), ("clock_gettime_ns", 1.5)]:
    try:
        getattr(time, bad[0])(bad[1])
    except (ValueError, TypeError, OSError) as e:
        print(bad[0], type(e).__name__, e)
try:
    time.clock_gettime()
except TypeError as e:
    print("TypeError:", e)
for f in ["clock_gettime", "clock_gettime_ns", "clock_getres", "get_clock_info"]:
    for args, kw in [((), {}), ((1, 2), {}), ((), {"x": 1})]:
        try:
            getattr(time, f)(*args, **kw)
        except TypeError as e:
            print("TypeError:", e)
