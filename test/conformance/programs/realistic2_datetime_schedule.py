# A shift scheduler on datetime: timedelta arithmetic, strftime/strptime, isoformat, weekday logic, timezone offsets
from datetime import datetime, date, time, timedelta, timezone
import calendar

start = date(2024, 2, 26)
staff = ["ana", "ben", "cho", "dev"]
shifts = {}
d = start
i = 0
while d < start + timedelta(weeks=2):
    if d.weekday() < 5:
        shifts[d] = staff[i % len(staff)]
        i += 1
    d += timedelta(days=1)
for day, who in list(shifts.items())[:6]:
    print(day.isoformat(), day.strftime("%a %d %b"), who, day.isocalendar())
print(len(shifts), min(shifts), max(shifts), (max(shifts) - min(shifts)).days)
print(date(2024, 2, 29) + timedelta(days=365), date(2023, 3, 1) - timedelta(days=1), date.fromisoformat("2024-12-31").timetuple().tm_yday)
print(date(2024, 1, 31).replace(month=2, day=29), date.fromordinal(738000), date(2000, 1, 1).toordinal(), date(2024, 5, 5).isoweekday())
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    date(2024, 1, 31).replace(month=2)
except ValueError as e:
    print("ValueError:", e)

meeting = datetime(2024, 3, 10, 9, 30)
print(meeting, repr(meeting), meeting + timedelta(hours=40, minutes=45), meeting.strftime("%Y-%m-%d %H:%M:%S %p %j %U %W"), meeting.date(), meeting.time())
dur = timedelta(days=1, hours=3, minutes=4, seconds=5, microseconds=6)
print(dur, repr(dur), dur.total_seconds(), -dur, abs(-dur), dur * 2, dur / 2, dur // timedelta(hours=1), dur % timedelta(hours=1), timedelta(seconds=-1), timedelta(0))
print(timedelta(days=1) / timedelta(hours=7), timedelta(weeks=1) > timedelta(days=6), timedelta(milliseconds=1500), timedelta(microseconds=-1) * 3, sum([timedelta(hours=5)] * 5, timedelta()))
p = datetime.strptime("03/10/2024 14:05:09", "%m/%d/%Y %H:%M:%S")
print(p, p.isoformat(), p.isoformat(sep=" ", timespec="minutes"), datetime.fromisoformat("2024-03-10T14:05:09.123456"), p.timestamp() if False else "")
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("10:00 extra", "%H:%M")
except ValueError as e:
    print("ValueError:", e)
utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), "IST")
pst = timezone(-timedelta(hours=8))
t = datetime(2024, 3, 10, 12, 0, tzinfo=utc)
print(t, t.astimezone(ist), t.astimezone(pst), t.astimezone(ist).tzname(), pst.tzname(None), t.utcoffset(), ist.utcoffset(None), t.isoformat())
print(t == t.astimezone(ist), t.astimezone(pst) - t, datetime(2024, 1, 1, tzinfo=ist) < datetime(2024, 1, 1, tzinfo=utc), t.replace(tzinfo=None), t.timetz())
try:
    datetime(2024, 1, 1) < t
except TypeError as e:
    print("TypeError:", e)
try:
    datetime(2024, 1, 1) - t
except TypeError as e:
    print("TypeError:", e)
print(time(9, 5), time(23, 59, 59, 999999), time(12, 30).isoformat(timespec="seconds"), time.fromisoformat("08:15"), time(1, 2, 3) < time(1, 2, 4), time(10, tzinfo=ist))
print(f"{meeting:%d.%m.%Y %H:%M}", f"{date(2024, 7, 4):%A, %B %d}", format(dur), "{:%H:%M}".format(time(7, 3)), meeting.ctime(), date(2024, 1, 1).ctime())
cal = calendar.TextCalendar(firstweekday=0)
print(cal.formatmonth(2024, 3))
def business_days(a, b):
    n = 0
    while a < b:
        if a.weekday() < 5:
            n += 1
        a += timedelta(1)
    return n
print(business_days(date(2024, 3, 1), date(2024, 4, 1)), [calendar.day_abbr[i] for i in range(7)], calendar.monthrange(2024, 2))
ages = {"ann": date(1990, 6, 15), "bo": date(2000, 2, 29), "cy": date(1985, 12, 31)}
today = date(2024, 3, 1)
for name, bd in sorted(ages.items(), key=lambda kv: kv[1]):
    age = today.year - bd.year - ((today.month, today.day) < (bd.month, bd.day))
    print(f"{name:<4}{bd:%Y-%m-%d}{age:>4}")
print(datetime.min, datetime.max, date.resolution, timedelta.max, timedelta.min)
try:
    datetime.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError:", e)
print(datetime(2024, 3, 10, 9, 30) - datetime(2024, 2, 28, 17, 45), datetime.combine(date(2024, 1, 1), time(8)), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), date(2024, 1, 1) == datetime(2024, 1, 1))
