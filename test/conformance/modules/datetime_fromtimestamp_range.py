# datetime.fromtimestamp (local time) refuses a timestamp whose year falls outside 1..9999
# (it made datetimes of year 0 or 10000); the UTC and date variants, for comparison.
from datetime import datetime, timezone, date
for ts in (-62135640000.0, -62170070400.0, 253402387199.0, 253436860799.0, 1e20, -1e20):
    for f in (lambda t: datetime.fromtimestamp(t), lambda t: datetime.utcfromtimestamp(t), lambda t: datetime.fromtimestamp(t, timezone.utc), lambda t: date.fromtimestamp(t)):
        try:
            print(ts, f(ts))
        except (ValueError, OverflowError, OSError) as e:
            print(ts, type(e).__name__, e)
