# strftime's ISO week directives (%G %V %g) for years below 100: the week count of a year
# comes from its 1 January's weekday, which must not be read as 1900+year.
from datetime import date, timedelta
for y in [1, 4, 92, 100, 400, 1900, 1999, 2000, 2004, 2024, 2026, 9999]:
    for md in [(1, 1), (1, 3), (12, 28), (12, 29), (12, 30), (12, 31)]:
        if y == 9999 and md[0] == 12 and md[1] > 30: continue
        d = date(y, *md)
        print(d, d.isocalendar(), d.strftime("%G|%V|%u|%g|%Y|%y|%C|%U|%W|%j|%a"))
import time
print(time.strftime("%G-W%V-%u", (50, 1, 1, 0, 0, 0, 0, 1, 0)))
