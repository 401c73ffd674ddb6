# date arithmetic: datetime/timedelta/timezone, strftime/strptime, business days and ages
from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 1, 31)
print(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d + timedelta(days=1), d - timedelta(weeks=5), date(2024, 3, 1) - date(2024, 2, 1))
print(d.replace(day=29, month=2), d.strftime("%A %d %B %Y, week %U/%W, day %j"), d.ctime())
dt = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.date(), dt.time(), dt.timetuple()[:6])
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f %p %I %y %a %b %%"), dt.isoformat(sep=" ", timespec="milliseconds"))
print(datetime.strptime("2024-07-04 13:05", "%Y-%m-%d %H:%M"), datetime.strptime("04/Jul/24", "%d/%b/%y"))
print(datetime.fromisoformat("2024-02-29T12:30:00"), date.fromisoformat("2020-01-01"), datetime.fromisoformat("2024-02-29T12:30:00+05:30"))
td = timedelta(days=1, hours=25, minutes=-3, seconds=7.5, microseconds=-1)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(-1), timedelta(seconds=-1), -timedelta(hours=1, minutes=1), abs(timedelta(-3)), timedelta(0))
print(timedelta(days=10) / 3, timedelta(days=10) // 3, timedelta(days=10) / timedelta(hours=7), timedelta(days=10) % timedelta(hours=7), timedelta(hours=3) * 1.5)
print(divmod(timedelta(days=1), timedelta(hours=5)), timedelta(microseconds=1) * 10**6, str(timedelta(days=999999)))
t = time(9, 5, 3, 400)
print(t, repr(t), t.isoformat(), t.strftime("%H.%M"), time(), time(12, 0).replace(minute=30))
tz = timezone(timedelta(hours=-5), "EST")
a = datetime(2024, 3, 10, 8, 0, tzinfo=tz)
print(a, repr(a), a.utcoffset(), a.tzname(), a.astimezone(timezone.utc), a.timestamp())
print(timezone.utc, repr(timezone.utc), timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(0))))
print(datetime(2024, 1, 1, tzinfo=timezone.utc) - a, a.strftime("%z %Z"), datetime.fromtimestamp(0, timezone.utc))
try:
    datetime(2024, 1, 1) - a
except TypeError as e:
    print("TypeError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024-12-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
# business days and schedule
def add_business_days(start, n):
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d
print([add_business_days(date(2024, 5, 31), k).strftime("%a %m/%d") for k in range(1, 7)])
def months_between(a, b):
    return (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day)
print(months_between(date(2020, 2, 29), date(2024, 2, 28)), months_between(date(2020, 1, 15), date(2020, 3, 15)))
ages = {"ann": date(1990, 2, 28), "bo": date(2000, 2, 29), "cy": date(1985, 12, 31)}
today = date(2024, 2, 28)
for n, b in sorted(ages.items(), key=lambda kv: kv[1]):
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    print(f"{n:4} {b:%d.%m.%Y} {age:3d} {(today - b).days:6,d} days")
print(date.max, date.min, datetime.max, timedelta.max, timedelta.resolution, date(2024, 1, 1) < date(2024, 1, 2))
print(sorted([datetime(2024, 1, 1, 5), datetime(2023, 6, 1), datetime(2024, 1, 1)])[0], hash(date(2024,1,1)) == hash(date(2024,1,1)))
print(f"{dt:%H:%M} {d!s:>12} {d!r}", format(dt, ""), format(td))
print(datetime.combine(date(2024, 1, 1), time(10, 30)), date(2024, 1, 1).timetuple().tm_yday)
print(datetime(2024, 1, 1) + timedelta(days=0.5), (datetime(2024, 3, 31) - datetime(2024, 3, 1)).days)
print(date.fromordinal(738000), date(2024, 1, 1).__format__("%Y"), dt.replace(microsecond=0).isoformat())
print(datetime(2024,1,1,0,0,0,1).isoformat(), datetime(2024,1,1,0,0,0).isoformat(timespec="minutes"))
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar().week, date.fromisocalendar(2024, 1, 1))
