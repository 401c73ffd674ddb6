import datetime
from datetime import date, timedelta, MINYEAR, MAXYEAR
print(MINYEAR, MAXYEAR)
d = date(2024, 1, 1)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
for y in range(1995, 2031):
    for md in [(1, 1), (1, 3), (12, 28), (12, 31), (2, 29 if y % 4 == 0 else 28)]:
        x = date(y, *md)
        assert date.fromordinal(x.toordinal()) == x
        print(x, x.isocalendar(), x.weekday(), x.strftime('%j %U %W %w %a %A %b %B %y'), end='; ')
    print()
print(date.fromordinal(1), date.fromordinal(3652059), date.min, date.max, date.resolution)
print(date.fromisoformat('2024-02-29'), date.fromisoformat('20240229'), date.fromisoformat('2024-W01-1'), date.fromisoformat('2020W537'), date.fromisoformat('2021-W05'))
print(d.replace(month=2), d.replace(year=2000, day=15))
print(d.isoformat(), str(d), d.ctime(), date(2024, 12, 25).ctime())
print(d + timedelta(days=31), timedelta(days=-1) + d, d - timedelta(days=1, hours=23), date(2024, 3, 1) - date(2024, 2, 1), d - date(2025, 1, 1))
print(d == date(2024, 1, 1), d < date(2024, 1, 2), d >= date(2024, 1, 2), d != d, hash(d) == hash(date(2024, 1, 1)))
print(d.strftime('%Y-%m-%d %H:%M:%S.%f %p %I %% %Z|%z| %c | %x | %X'))
print(f'{d:%d/%m/%Y}', f'{d}', format(d, ''))
print(d.timetuple())
print(date.fromisocalendar(2024, 52, 7))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 1)]))
print({d: 1}[date(2024, 1, 1)])
print(date(5, 1, 1).strftime('%Y %y'), date(5, 1, 1).isoformat())
class MyDate(date):
    pass
m = MyDate(2020, 1, 1)
print(repr(m), m + timedelta(1), type(m.replace(day=3)).__name__)
