# strftime: formats with and without datetime's own directives (%f %z %Z, escaped ones, a trailing %), time.strftime on tuples and struct_time
import time
from datetime import datetime, date, time as dtime, timezone, timedelta
d = datetime(2020, 5, 17, 13, 45, 7, 123456)
for fmt in ['%Y-%m-%d %H:%M', '%', 'abc%', '%%f', '%f', '%%%f', '%z|%Z', 'plain', '', '%H%%', '%a %A %b %B %j %U %w %y %p %I', '%-d %_H %5Y', 'Zebra %%z']:
    print(repr(fmt), repr(d.strftime(fmt)), repr(d.replace(tzinfo=timezone(timedelta(hours=2), 'X%Z')).strftime(fmt)),
          repr(date(2021, 2, 3).strftime(fmt)), repr(dtime(4, 5, 6, 7).strftime(fmt)))
tt = (2020, 5, 17, 13, 45, 0, 6, 138, 0)
print(time.strftime('%Y %H:%M:%S %j', tt), time.strftime('%Z', time.gmtime(0)), time.strftime('%z', time.gmtime(0)))
print(len(time.strftime('%Z', tt)) > 0)
print(time.asctime(tt), time.strftime('%c', tt))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0), (1, 2)]:
    try: time.strftime('%Y', bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
