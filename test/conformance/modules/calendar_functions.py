# calendar: isleap, leapdays, weekday, monthrange, names, Calendar iterators, timegm, errors.
import calendar
import datetime
import time

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(2000, 2025), calendar.leapdays(1900, 1901), calendar.leapdays(2025, 2000), calendar.leapdays(0, 400))
print(calendar.weekday(2024, 1, 1), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(0, 3, 1))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 4), (2024, 12)]:
    print(y, m, calendar.monthrange(y, m))
for args in [(2024, 0), (2024, 13)]:
    try:
        calendar.monthrange(*args)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print(type(e).__name__, e)
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_name), calendar.month_name[0] == '', calendar.day_abbr[-1])
print(calendar.month_name[1:4], calendar.day_name[::3])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.mdays)
print(calendar.error is ValueError)

cal = calendar.Calendar()
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
print(list(cal.itermonthdates(2024, 2))[:3], list(cal.itermonthdates(2024, 2))[-3:])
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 3))[:3], list(cal.itermonthdays4(2024, 3))[-2:])
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), list(cal.itermonthdays2(2023, 12))[:8])
print(cal.monthdayscalendar(2021, 2))
print(cal.monthdays2calendar(2021, 2)[0])
print([[d.day for d in week] for week in cal.monthdatescalendar(2024, 12)])
cal.setfirstweekday(9)
print(cal.firstweekday, cal._firstweekday, list(cal.iterweekdays()))
cal = calendar.Calendar(2)
y = cal.yeardayscalendar(2024, 4)
print(len(y), [len(row) for row in y], y[0][0][0])
print(len(cal.yeardays2calendar(2024)), cal.yeardatescalendar(2024, 6)[1][5][-1][-1])
print(list(calendar.Calendar().itermonthdates(1, 1))[:2])

print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15)))
print(calendar.timegm(time.gmtime(1700000000)), calendar.timegm((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2024, 1, 40, 25, 61, 61)))
print(calendar.timegm(datetime.datetime(2022, 6, 1, 8, 0).timetuple()))
