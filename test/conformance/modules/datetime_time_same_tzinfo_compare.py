# Comparing times that share one tzinfo compares their fields without asking utcoffset()
# (which a tzinfo may not answer for a time); different tzinfos compare in UTC.
from datetime import time, tzinfo, timedelta, timezone
import operator

class ByMinute(tzinfo):
    calls = 0
    def utcoffset(self, t):
        ByMinute.calls += 1
        return timedelta(minutes=t.minute)   # t is None for a time: fails if asked

z = ByMinute()
a, b, c = time(8, 3, tzinfo=z), time(8, 9, tzinfo=z), time(8, 3, 5, tzinfo=z)
for x in (a, b, c):
    print([op(x, y) for y in (a, b, c) for op in (operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge)])
print(ByMinute.calls, time(8, 3, fold=1, tzinfo=z) == a)
p1, p2 = time(10, 0, tzinfo=timezone(timedelta(hours=2))), time(9, 0, tzinfo=timezone(timedelta(hours=1)))
print(p1 == p2, p1 < p2, time(9, 0) == time(9, 0))
try:
    time(9, 0) < p1
except TypeError as e:
    print(e)
print(time(9, 0) == p1)
