from datetime import datetime, date, time, timedelta, timezone
dt = datetime(2024, 1, 1, 12, 30)
u = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
t = time(12, 30)
x = datetime(2024, 2, 29, 23, 59, 59, 123456)
b = datetime(2024, 1, 1, 17, 30, tzinfo=ist)
a = datetime(2024, 1, 1, 12, tzinfo=u)
print(time.fromisoformat('12:30:45.5'), time.fromisoformat('123045'), time.fromisoformat('12:30+01:00'), t.strftime('%H|%M|%S|%p|%I|%f|%Y'))
print(a.utcoffset(), a.tzname(), b.tzname(), a.dst(), a.isoformat(), b.strftime('%Y %z %Z'), a.timetz(), repr(a.timetz()))
print(datetime.strptime('2024-01-05 13:45:10', '%Y-%m-%d %H:%M:%S'), datetime.strptime('05/01/24', '%d/%m/%y'), datetime.strptime('Mar 3 2021 1:05PM', '%b %d %Y %I:%M%p'))
print(datetime.strptime('Tuesday, 15 August 1995', '%A, %d %B %Y'), datetime.strptime('12:30:45.25', '%H:%M:%S.%f'), repr(datetime.strptime('2024-01-01T00:00:00+0200', '%Y-%m-%dT%H:%M:%S%z')))
print(datetime.strptime('2024 100', '%Y %j'), datetime.strptime('70', '%y'), datetime.strptime('68', '%y'), datetime.strptime('100%', '%j%%'))
print(f'{dt:%Y/%m/%d %H.%M}', f'{dt}', '{:%c}'.format(dt), dt.strftime('%x %X %c %f %U %W %j %a'))
for f in ['%Y-%m-%d %H:%M:%S.%f', '%a %A %b %B %p %y %I', '%j %U %W %w %%', '%c | %x | %X', '[%Z] [%z]', '%Q %', '']:
    for v in [dt, x, b, date(1999, 12, 31), time(23, 5, 6, 7), datetime(1, 1, 1), datetime(9999, 12, 31, 0, 0, 0, 1)]:
        print(repr(v.strftime(f)))
for s, f in [('2024-01-05', '%Y-%m-%d'), ('  2024 7 4', ' %Y %m %d'), ('Mon, 01 Jan 2024 08:09:10', '%a, %d %b %Y %H:%M:%S'), ('12AM', '%I%p'), ('12pm', '%I%p'), ('2024-01-01 10:00 -05:30', '%Y-%m-%d %H:%M %z'), ('2024-01-01Z', '%Y-%m-%d%z'), ('1/2/03', '%m/%d/%y')]:
    print(repr(datetime.strptime(s, f)))
for s, f in [('2024-01-05x', '%Y-%m-%d'), ('24-01-05', '%Y-%m-%d'), ('2024-01-32', '%Y-%m-%d'), ('13PM', '%I%p'), ('', '%Y'), ('1/2/3', '%m/%d/%y'), ('13', '%m'), ('2024-1-1 9:5:7', '%Y-%m-%d %H:%M:%S')]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)
for f in ['%Q', '%Y%', '%Y %q']:
    try:
        datetime.strptime('2024', f)
    except ValueError as e:
        print('ValueError', e)
