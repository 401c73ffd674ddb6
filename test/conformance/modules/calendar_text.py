# calendar: TextCalendar month and year text, prmonth/prcal, week headers, firstweekday.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=3, l=2))
calendar.prmonth(1999, 12)
calendar.prmonth(2026, 1, 4)
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=2, m=4))
calendar.prcal(1900, m=2)
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(3)), repr(calendar.weekheader(9)))
print(repr(calendar.weekheader(1)), repr(calendar.weekheader(12)))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 3))
print(calendar.monthcalendar(2024, 3))
calendar.setfirstweekday(3)
print(calendar.month(2021, 2))
calendar.setfirstweekday(0)
for bad in (7, -1):
    try:
        calendar.setfirstweekday(bad)
    except ValueError as e:
        print(type(e).__name__, e)
tc = calendar.TextCalendar(firstweekday=6)
print(tc.formatmonth(2024, 9))
print(tc.formatyear(2025, 2, 1, 6, 6))
print(repr(tc.formatweek([(1, 0), (2, 1), (0, 2)], 3)), repr(tc.formatday(7, 0, 5)))
print(repr(tc.formatmonthname(2024, 5, 20)), repr(tc.formatmonthname(2024, 5, 20, False)))
tc.prweek([(1, 0), (2, 1)], 2)
print()
calendar.format(['a', 'bb', 'ccc'])
print(repr(calendar.formatstring(['a', 'bb'], 5, 2)))
try:
    calendar.month(2024, 13)
except IndexError as e:
    print(type(e).__name__, e)
