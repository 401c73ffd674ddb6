# datetime constructors: C int overflow, argument-count/keyword errors in CPython's parser order, fromordinal/timedelta limits
from datetime import datetime, date, time, timedelta

def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for args in [(2**64, 1, 1), (2**40, 1, 1), (2**31, 1, 1), (2**31 - 1, 1, 1), (-2**31 - 1, 1, 1), (-2**64, 1, 1),
             (2024, 2**64, 1), (2024, 1, 2**31), (2024, 1, 1, 2**31), (99999, 1, 1, 2**31)]:
    show('datetime%r' % (args,), lambda: datetime(*args))
    show('date%r' % (args,), lambda: date(*args))
for args in [(2**64,), (2**31,), (0, 2**31), (0, 0, 0, -2**70), (1, 2, 3, 4, None, 5)]:
    show('time%r' % (args,), lambda: time(*args))
show('time fold big', lambda: time(fold=2**64))
show('time fold True', lambda: time(0, 0, 0, 0, None, fold=True))
show('time unknown kw', lambda: time(foo=1))
show('time name and position', lambda: time(1, hour=2))
show('time extra with fold', lambda: time(1, 2, 3, 4, None, 5, fold=0))
show('date 4 args', lambda: date(2024, 1, 1, 4))
show('date 4 with kw', lambda: date(2024, 1, 1, 4, day=2))
show('date unknown kw over count', lambda: date(2024, 1, 1, foo=1))
show('date duplicate over count', lambda: date(2024, 1, day=1, year=3))
show('date keywords over count', lambda: date(year=1, month=1, day=1, foo=2))
show('date missing month', lambda: date(2024, foo=1))
show('date missing year', lambda: date())
show('date bool year', lambda: date(True, 1, 1))
show('datetime 9 positional', lambda: datetime(1, 2, 3, 4, 5, 6, 7, None, 8))
show('datetime 10 args', lambda: datetime(2024, 1, 1, 0, 0, 0, 0, None, 0, fold=0))
show('datetime unknown kw', lambda: datetime(2024, 1, 1, foo=2))
show('datetime missing month', lambda: datetime(2024))
show('datetime keywords', lambda: datetime(day=2, month=3, year=2024, minute=5))
show('replace year big', lambda: datetime(2024, 1, 1).replace(year=2**64))
for n in [2**64, 2**40, 2**31 - 1, 3652060, 3652059, 1, 0, -5]:
    show('fromordinal(%d)' % n, lambda: date.fromordinal(n))
show('timedelta days big', lambda: timedelta(days=2**64))
show('timedelta days 1e9', lambda: timedelta(days=10**9))
show('timedelta seconds big', lambda: timedelta(seconds=2**64))
show('timedelta weeks big', lambda: timedelta(weeks=2**40))
show('timedelta mul overflow', lambda: timedelta(days=999999999) * 10**6)
show('timedelta add overflow', lambda: timedelta(days=999999999) + timedelta(1))
