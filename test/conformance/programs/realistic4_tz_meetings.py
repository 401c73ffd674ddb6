# A meeting planner across time zones: zoneinfo conversions over DST changes, fold for
# ambiguous local times, working-hours overlap, timedelta arithmetic and formatting,
# calendar month grids with week numbers, ISO weeks, strftime/strptime round trips.
from datetime import datetime, date, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
import calendar

zones = {name: ZoneInfo(name) for name in ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "UTC"]}
meeting = datetime(2024, 3, 28, 15, 0, tzinfo=zones["Europe/Berlin"])
print("meeting", meeting, meeting.tzname(), meeting.utcoffset(), meeting.dst())
for name, z in zones.items():
    local = meeting.astimezone(z)
    print(f"  {name:<18} {local:%a %d %b %H:%M} {local.tzname():<5} {local.utcoffset()}")
print("after Berlin DST change:")
nxt = meeting + timedelta(days=7)
for name in ("Europe/Berlin", "America/New_York", "Australia/Sydney"):
    loc = nxt.astimezone(zones[name])
    print(f"  {name:<18} {loc.isoformat()} dst={loc.dst()}")
wall = datetime(2024, 3, 31, 1, 30, tzinfo=zones["Europe/Berlin"])
print("wall clock add:", wall + timedelta(hours=1), "| absolute:", (wall.astimezone(timezone.utc) + timedelta(hours=1)).astimezone(zones["Europe/Berlin"]))
amb0 = datetime(2024, 10, 27, 2, 30, tzinfo=zones["Europe/Berlin"])
amb1 = amb0.replace(fold=1)
print("ambiguous:", amb0.utcoffset(), amb1.utcoffset(), amb0.tzname(), amb1.tzname(), amb0 == amb1, amb1 - amb0)
gap = datetime(2024, 3, 31, 2, 30, tzinfo=zones["Europe/Berlin"])
print("gap:", gap.utcoffset(), gap.astimezone(timezone.utc), gap.replace(fold=1).astimezone(timezone.utc))
try:
    ZoneInfo("Mars/Olympus_Mons")
except ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError:", e)
print(repr(zones["Asia/Tokyo"]), str(zones["UTC"]), ZoneInfo("Europe/Berlin") is zones["Europe/Berlin"])


def overlap(day, people):
    start, end = None, None
    for tzname, (h0, h1) in people.items():
        z = zones[tzname]
        s = datetime.combine(day, time(h0), z).astimezone(timezone.utc)
        e = datetime.combine(day, time(h1), z).astimezone(timezone.utc)
        start = s if start is None or s > start else start
        end = e if end is None or e < end else end
    return (start, end) if start < end else None


team = {"Europe/Berlin": (9, 18), "America/New_York": (8, 17), "UTC": (7, 16)}
for d in [date(2024, 3, 20), date(2024, 3, 27), date(2024, 4, 3)]:
    ov = overlap(d, team)
    if ov:
        print(d, "overlap UTC", ov[0].strftime("%H:%M"), "-", ov[1].strftime("%H:%M"), "=", ov[1] - ov[0])
    else:
        print(d, "no overlap")
team2 = {"Asia/Tokyo": (9, 17), "America/New_York": (9, 17)}
print("tokyo/ny:", overlap(date(2024, 6, 3), team2))

durations = [timedelta(days=1, hours=2, minutes=3, seconds=4.5), timedelta(seconds=-1), timedelta(weeks=3, milliseconds=7),
             timedelta(hours=25) / 2, timedelta(hours=1) * 1.5, timedelta(days=10) // 3, timedelta(days=10) % timedelta(days=3)]
for td in durations:
    print(f"{str(td):>24} {td.total_seconds():>14} {td.days:>3} {td.seconds:>6} {td.microseconds:>7}  {td!r}")
print(timedelta(hours=1) / timedelta(minutes=7), divmod(timedelta(hours=5), timedelta(hours=2)), abs(timedelta(days=-2)), -timedelta(hours=3))
print(timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=10 ** 9)
except OverflowError as e:
    print("OverflowError:", e)

cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
print(cal.formatmonth(2024, 2))
for week in calendar.Calendar(firstweekday=6).monthdatescalendar(2024, 3)[:2]:
    print([d.day for d in week], week[0].isocalendar().week)
print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_abbr[12])
print(date(2024, 12, 30).isocalendar(), date.fromisocalendar(2025, 1, 1), date(2024, 1, 1).toordinal(), date.fromordinal(738886), date(2024, 5, 17).strftime("%G-W%V-%u %j"))
stamp = "2024-07-04T09:15:30.250000+05:30"
parsed = datetime.fromisoformat(stamp)
print(parsed, parsed.astimezone(timezone.utc), parsed.timestamp(), datetime.fromtimestamp(parsed.timestamp(), timezone.utc))
print(datetime.strptime("Thu, 04 Jul 2024 09:15:30 +0000", "%a, %d %b %Y %H:%M:%S %z"), datetime.strptime("2024-186", "%Y-%j").date())
for bad, fmt in [("2024-02-30", "%Y-%m-%d"), ("12:61", "%H:%M"), ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        datetime.strptime(bad, fmt)
    except ValueError as e:
        print("ValueError:", e)
print(sorted([datetime(2024, 1, 1, 12, tzinfo=zones["Asia/Tokyo"]), datetime(2024, 1, 1, 5, tzinfo=timezone.utc), datetime(2024, 1, 1, 0, tzinfo=zones["America/New_York"])]))
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError:", e)
