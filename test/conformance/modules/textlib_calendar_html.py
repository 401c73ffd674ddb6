# calendar: HTMLCalendar (months, years, the page as bytes, CSS class attributes), LocaleTextCalendar/LocaleHTMLCalendar
# in the C locale, and calendar.main (the command line) for text and HTML
import calendar, sys
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2023, 10, withyear=False))
print(h.formatyear(2024, width=4)[:700])
page = h.formatyearpage(2024, width=6, css=None, encoding='ascii')
print(type(page).__name__, page[:420].decode(), len(page))
print(h.formatyearpage(2025)[:300])
class Styled(calendar.HTMLCalendar):
    cssclasses = ['w'] * 5 + ['we'] * 2
    cssclass_noday = 'empty'
    cssclass_month = 'cal'
print(Styled(calendar.SUNDAY).formatmonth(2024, 6))
print(h.formatweekday(6), h.formatweekheader(), h.formatday(0, 3), h.formatday(9, 4), h.formatmonthname(2024, 5, False))
lt = calendar.LocaleTextCalendar(locale='C')
print(lt.locale, lt.formatmonth(2024, 3))
print(calendar.LocaleTextCalendar(calendar.SUNDAY, 'C').formatweekheader(3))
print(calendar.LocaleHTMLCalendar(locale='C').formatmonthname(2024, 3))
try:
    calendar.LocaleTextCalendar(locale='xx_XX.bad').formatmonth(2024, 1)
except Exception as e:
    print(type(e).__name__, e)
sys.stdout.flush()
calendar.main(['calendar', '2024', '2'])
calendar.main(['calendar', '-w', '3', '-l', '2', '2023', '7'])
calendar.main(['calendar', '-m', '4', '-s', '2', '2024'])
sys.stdout.flush()
calendar.main(['calendar', '-t', 'html', '-c', 'my.css', '2024'])
sys.stdout.buffer.flush()
print()
try:
    calendar.main(['calendar', '-t', 'html', '2024', '3'])
except SystemExit as e:
    print('exit', e.code)
try:
    calendar.main(['calendar', '-L', 'C', '2024'])
except SystemExit as e:
    print('exit', e.code)
