# A date/calendar report: calendar module, datetime arithmetic, strftime/strptime, time zones.
import calendar
from datetime import date, datetime, time, timedelta, timezone

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=1))
cal = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(cal.formatmonth(2024, 9))
print(calendar.monthcalendar(2024, 3))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.isleap(1900), calendar.isleap(2000))
print(calendar.leapdays(1900, 2025), calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(list(calendar.day_abbr), list(calendar.month_name)[1:4], calendar.month_abbr[12])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(list(calendar.Calendar().itermonthdays2(2024, 2))[:9])
print(calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)

# schedule of meetings across time zones
UTC = timezone.utc
NY = timezone(timedelta(hours=-5), "EST")
TOKYO = timezone(timedelta(hours=9))
IST = timezone(timedelta(hours=5, minutes=30))
start = datetime(2024, 3, 8, 14, 30, tzinfo=UTC)
for tz in (UTC, NY, TOKYO, IST):
    local = start.astimezone(tz)
    print(f"{str(tz):>10} {local.isoformat()} {local.strftime('%a %d %b %Y %H:%M %Z %z')} utcoffset={local.utcoffset()}")
print(repr(NY), repr(TOKYO), repr(UTC), TOKYO.tzname(None))

d = date(2024, 1, 31)
print(d + timedelta(days=30), d - date(2023, 12, 25), (d - date(2023, 12, 25)).days)
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(738000))
print(d.replace(day=1), d.strftime("%A %j %U %W"), d.ctime(), date.fromisoformat("2024-02-29"))
print(date.fromisocalendar(2024, 1, 1), d.timetuple()[:7])
dt = datetime(2024, 2, 28, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt.isoformat(sep=" ", timespec="milliseconds"), dt.timestamp() if dt.tzinfo else "naive")
print(datetime.strptime("2024-07-04 09:15:00", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("04/Jul/2024:09:15:00 +0200", "%d/%b/%Y:%H:%M:%S %z"))
print(datetime.strptime("Thursday, 4 July 24", "%A, %d %B %y").date())
print(datetime.fromisoformat("2024-07-04T09:15:00+05:30"), datetime.fromisoformat("2024-07-04 09:15"))
print(datetime.combine(d, time(8, 30)), time(8, 30, 15, 250).isoformat(), time(23, 5).strftime("%I:%M %p"))
print(datetime(2024, 1, 1, tzinfo=UTC).timestamp(), datetime.fromtimestamp(86400 * 365, UTC))
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=UTC)
except TypeError as e:
    print("TypeError:", e)

td = timedelta(days=3, hours=25, minutes=61, seconds=3661, milliseconds=1500)
print(td, td.total_seconds(), td.days, td.seconds, td.microseconds, repr(td))
print(-td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=1), timedelta(hours=1) / timedelta(minutes=7))
print(timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(weeks=1, days=-8))
print(timedelta.max, timedelta.min, timedelta.resolution, date.max, datetime.min)

# working days report
def workdays(start, end, holidays=()):
    n = 0
    cur = start
    while cur <= end:
        if cur.weekday() < 5 and cur not in holidays:
            n += 1
        cur += timedelta(days=1)
    return n
hol = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}
print("workdays Dec 2024:", workdays(date(2024, 12, 1), date(2024, 12, 31), hol))
ages = {"ann": date(1990, 2, 28), "bob": date(2000, 2, 29)}
today = date(2024, 2, 28)
for name, born in sorted(ages.items()):
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(f"{name}: {age} years, born a {born:%A}, {today - born}")
print(f"{datetime(2024, 5, 6, 7, 8, 9):%Y/%m/%d %H.%M.%S} {date(2024, 5, 6):%d %B}")
print(sorted([date(2024, 1, 2), date(2023, 5, 5), date(2024, 1, 1)]), min(datetime(2024, 1, 1), datetime(2023, 1, 1)))
