# strftime's glibc flags (-, _, 0, ^, #), widths and E/O modifiers, in time.strftime and datetime
import time
from datetime import datetime, date, time as dtime, timezone, timedelta

tt = (2024, 7, 4, 9, 3, 5, 3, 186, 0)
early = (5, 1, 9, 21, 30, 0, 6, 9, 0)
specs = ['%-d', '%-m', '%-H', '%-I', '%-M', '%-S', '%-j', '%-y', '%k', '%l', '%P', '%_d', '%0e',
         '%^a', '%#b', '%^B', '%#A', '%^p', '%#p', '%^P', '%^c', '%5d', '%05Y', '%_5Y', '%10A',
         '%-10A', '%^10a', '%010A', '%05p', '%3d', '%_3d', '%-3d', '%0_3d', '%_03d', '%1d',
         '%_1d', '%-1d', '%3e', '%05e', '%-5e', '%6G', '%-5G', '%4j', '%-4j', '%C', '%5C',
         '%12D', '%30c', '%5%', '%-%', '%5n', '%Ey', '%EY', '%Ex', '%Oe', '%Od', '%-Od',
         '%Ed', '%OY', '%E-d', '%5Ed', '%q', '%-q', '%5q', '%-', '%E', '%+', '%v', '%r']
for s in specs:
    print(repr(s), repr(time.strftime(s, tt)), repr(time.strftime(s, early)))
d = datetime(2024, 3, 9, 7, 5, 3, 42)
for s in ['%B %-d, %Y', '%-I:%M %p', '%-m/%-d/%y %H:%M:%S.%f', '%%f %%%f %% %', '%z|%Z',
          '%A %_d %^b %-j', '%c', '%x %X']:
    print(repr(s), repr(d.strftime(s)), repr(date(2024, 3, 9).strftime(s)), repr(dtime(7, 5, 3, 42).strftime(s)))
aware = datetime(2024, 3, 9, 7, 5, tzinfo=timezone(timedelta(hours=-5, minutes=-30), "X%Y"))
print(aware.strftime("%z %Z %-H %f"), f"{aware:%-d/%-m %Z}", datetime(5, 1, 2).strftime("%Y %y %C %G"))
print(f"{date(2024, 1, 5):%a %-d %b}", "{:%-H:%M}".format(dtime(8, 30)))
