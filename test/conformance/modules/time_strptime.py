# time.strptime: struct_time fields, the default ctime format, %z/%Z zone fields, its argument and data errors.
import time, datetime
print(time.strptime('2024-01-02 +0200', '%Y-%m-%d %z'))
t = time.strptime('2024-01-02 -0130', '%Y-%m-%d %z'); print(t.tm_zone, t.tm_gmtoff)
t = time.strptime('Tue Mar  5 14:03:01 2024'); print(t, t.tm_zone, t.tm_gmtoff)
print(time.strptime('2024 100', '%Y %j'))
print(time.strptime('12', '%H'), time.strptime('31/12/99 11:59 PM', '%d/%m/%y %I:%M %p'))
t = time.strptime('UTC 2020', '%Z %Y'); print(t, t.tm_zone)
print(time.strptime('29 Feb 2024', '%d %b %Y'), time.strptime('1 1 2000', '%d %m %Y'))
print(time.mktime(time.strptime('2000-01-01', '%Y-%m-%d')) == time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, -1)))
print(time.strftime('%Y/%m/%d %H:%M', time.strptime('2021-07-04 09:05', '%Y-%m-%d %H:%M')))
for args in [('x', '%Y'), (5,), ('2024', 5), ('30 Feb 2024', '%d %b %Y'), ('2024', '%Q'), ('2024 extra', '%Y')]:
    try: print(time.strptime(*args))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(datetime.datetime.strptime('2024-01-02 +0200', '%Y-%m-%d %z'), datetime.datetime.strptime('UTC 2020', '%Z %Y'))
try: time.strptime(string='1 1 2000', format='%d %m %Y')
except TypeError as e: print(e)
