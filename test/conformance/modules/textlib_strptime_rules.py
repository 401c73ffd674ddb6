# datetime.strptime and time.strptime: CPython's regex rules (whitespace runs, backtracking), %U/%W/%G/%V with a weekday, %j, %c/%x/%X, %z/%Z, errors
import time
from datetime import datetime, date
cases = [('2024 10 1', '%Y %U %w'), ('2024 10 1', '%Y %W %w'), ('2024 10 1', '%G %V %u'), ('2024 0 0', '%Y %U %w'), ('2023 0 1', '%Y %W %w'), ('2024 53 0', '%Y %U %w'),
         ('2020 53 7', '%G %V %u'), ('2021 1 1', '%G %V %u'), ('2024 1', '%G %V'), ('2024 1 1', '%G %V %j'), ('2024 1 1', '%Y %V %u'), ('1 1', '%V %u'), ('2024 5', '%G %j'),
         ('2024 10', '%Y %U'), ('Tue 2024 10', '%a %Y %W'),
         ('  2024-3-5', '%Y-%m-%d'), ('2024-3-5', ' %Y-%m-%d'), ('2024   3', '%Y %m'), ('20243', '%Y %m'), ('2024\t\n3', '%Y %m'),
         ('123', '%m%d'), ('1231', '%m%d'), ('0101', '%m%d'), ('1299', '%H%M'),
         ('Feb 29', '%b %d'), ('Mar 1', '%b %d'), ('29', '%d'),
         ('2024-03-05T10:00:00z', '%Y-%m-%dT%H:%M:%S%z'), ('+01:30:15.5', '%z'), ('+0130:15', '%z'), ('+01:3015', '%z'), ('-0000', '%z'), ('+0130 UTC', '%z %Z'), ('gmt', '%Z'), ('EST', '%Z'),
         ('Tue Mar  5 10:00:00 2024', '%c'), ('Tue Mar 5 10:00:00 2024', '%c'), ('03/05/24', '%x'), ('10:11:12', '%X'), ('10:11:12 5', '%X %d'), ('10:11:12 10', '%X %H'),
         ('x', '%'), ('x', '%Q'), ('x', 'a%'), ('5 x', '%d % x'), ('1.', '%d%.'), ('a[b', 'a[b'), ('(1)', '(%d)'), ('1+1', '%d+%m'), ('x', '%c%'),
         ('MONDAY', '%A'), ('septembeR', '%B'), ('sept', '%b'), ('PM 3', '%p %I'), ('12 pm', '%I %p'), ('0 am', '%H %p'), ('13 pm', '%H %p'),
         ('366', '%j'), ('2023 366', '%Y %j'), ('2024 366', '%Y %j'), ('000', '%j'), ('61', '%S'), ('60', '%S'), ('1', '%f'), ('1234567', '%f'), ('', ''), ('a', ''), ('%', '%%'),
         ('99 1', '%y %j'), ('1 2 3', '%d %d %d')]
for s, f in cases:
    try:
        print(repr(s), repr(f), '->', repr(datetime.strptime(s, f)))
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)
    try:
        print('   ', tuple(time.strptime(s, f)), time.strptime(s, f).tm_zone, time.strptime(s, f).tm_gmtoff)
    except Exception as e:
        print('   ', type(e).__name__, e)
print(time.strptime('Tue Mar  5 10:00:00 2024'))
for a in [(5, "%Y"), ("2024", 5), ("2024",), (), ("a", "b", "c")]:
    try: print(time.strptime(*a))
    except Exception as e: print(type(e).__name__, e)
    try: print(datetime.strptime(*a))
    except Exception as e: print(type(e).__name__, e)
class D(datetime): pass
print(repr(D.strptime('2024 +0100', '%Y %z')))
try: datetime.strptime(date_string='a', format='b')
except TypeError as e: print(e)
