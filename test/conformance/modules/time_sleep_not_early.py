# time.sleep(d) never returns before d has passed by time.monotonic() (Node's timers can fire early)
import time
bad = 0
for d in [0.2, 0.05, 0.013, 0.001] * 5:
    t = time.monotonic(); time.sleep(d)
    if time.monotonic() - t < d: bad += 1
print("early wakes:", bad)
