# calendar: error classes, name sequences, edge years, module-level helpers.
import calendar

e = calendar.IllegalWeekdayError(9)
print(type(e).__name__, e, e.weekday, isinstance(e, ValueError), e.args)
e = calendar.IllegalMonthError(0)
print(str(e), e.month, e.args, repr(calendar.IllegalMonthError('x')))
for seq, idx in [(calendar.month_name, 13), (calendar.day_abbr, 7), (calendar.day_name, -8)]:
    try:
        seq[idx]
    except IndexError as e:
        print(type(e).__name__, e)
print(calendar.day_name[-1], calendar.month_abbr[-1], calendar.month_abbr[12], calendar.day_abbr[2:5])
print('Monday' in calendar.day_name, [n for n in calendar.month_abbr if n.startswith('J')])
print(type(calendar.month_name[2:2]), calendar.month_name[:0])
cal = calendar.Calendar(1)
try:
    print(list(cal.itermonthdates(1, 1))[:2])
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(list(cal.itermonthdates(9999, 12))[-1])
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
print(list(cal.itermonthdays3(9999, 12))[-3:], list(cal.itermonthdays4(1, 1))[:2])
print(list(cal.itermonthdays(2015, 2)))
cal.firstweekday = 13
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
cal.firstweekday = -1
print(cal.firstweekday, list(cal.itermonthdays2(2024, 6))[:3])
print(calendar.weekday(-5, 3, 1), calendar.weekday(12345, 7, 4), calendar.monthrange(-4, 2), calendar.monthrange(10000, 2))
print(calendar.leapdays(1, 10000), calendar.leapdays(-100, 100), calendar.leapdays(5, 5))
print(calendar.isleap(0), calendar.isleap(-4), calendar.isleap(-100))
try:
    calendar.monthrange(2024, 2.5)
except Exception as e:
    print(type(e).__name__, e)
print(repr(calendar.week([(1, 0), (0, 1), (31, 2)], 4)))
calendar.prweek([(5, 3), (6, 4)], 3)
print('|')
tc = calendar.TextCalendar(4)
print(repr(tc.formatweekday(0, 1)), repr(tc.formatweekday(6, 10)), repr(tc.formatweekheader(2)))
print(tc.formatmonth(2024, 2, 0, 0))
tc.pryear(2024, 1, 1, 1, 12)
print(tc.formatyear(2024, m=5)[:400])
print(tc.formatyear(-1, m=1)[:60])
y = cal.yeardatescalendar(2020, 5)
print(len(y), [len(r) for r in y], y[2][1][0][0], y[-1][-1][-1][-1])
print(calendar.timegm((2024, 13, 1, 0, 0, 0)) if False else calendar.timegm((1600, 2, 29, 0, 0, 0)))
try:
    calendar.timegm((2024, 13, 1, 0, 0, 0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    calendar.timegm((2024, 1))
except ValueError as e:
    print(type(e).__name__, e)
print(calendar.EPOCH, calendar.firstweekday())
