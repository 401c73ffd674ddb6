from datetime import datetime, date, time, timedelta, timezone
u = timezone.utc
tests = [
 lambda: date(2024, 13, 1), lambda: date(2024, 2, 30), lambda: date(0, 1, 1), lambda: date(10000, 1, 1), lambda: date(2024, 0, 1), lambda: date(2024, 1, 0),
 lambda: date(2024.0, 1, 1), lambda: date('2024', 1, 1), lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, 1, 60), lambda: datetime(2024, 1, 1, 1, 1, 60),
 lambda: datetime(2024, 1, 1, 1, 1, 1, 10**6), lambda: time(-1), lambda: datetime(2024, 1, 1, tzinfo=1), lambda: time(fold=2),
 lambda: date(2024, 1, 1) + 1, lambda: 1 + date(2024, 1, 1), lambda: date(2024, 1, 1) - 1, lambda: date(2024, 1, 1) < 1, lambda: date(2024, 1, 1) < datetime(2024, 1, 1),
 lambda: datetime(2024, 1, 1) < date(2024, 1, 1), lambda: datetime(2024, 1, 1) + 1, lambda: datetime(2024, 1, 1) - date(2024, 1, 1), lambda: date(2024, 1, 1) - datetime(2024, 1, 1),
 lambda: datetime(2024, 1, 1) > 'x', lambda: time(1) < 1, lambda: time(1) + timedelta(1), lambda: date.max + timedelta(1), lambda: datetime.max + timedelta(1), lambda: date.min - timedelta(1),
 lambda: date.fromisoformat('2024-1-1'), lambda: date.fromisoformat(20240101), lambda: datetime.fromisoformat('2024-01-01T25:00'), lambda: datetime.fromisoformat('2024-01-01X'),
 lambda: time.fromisoformat('1:2'), lambda: date.fromordinal(0), lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=u), lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=u),
 lambda: time(1) < time(1, tzinfo=u), lambda: datetime(2024, 1, 1).isoformat(timespec='x'), lambda: timezone(5), lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(hours=1), 5),
 lambda: datetime.strptime('2024-13-01', '%Y-%m-%d'), lambda: datetime.strptime('2024-01-01 extra', '%Y-%m-%d'), lambda: datetime.strptime('2024-02-30', '%Y-%m-%d'), lambda: datetime.strptime('x', '%Y'),
 lambda: timedelta(1) * timedelta(1), lambda: timedelta(1) / 'a', lambda: timedelta(1) // 1.5, lambda: date(2024, 1, 1).strftime(5), lambda: timedelta(1) % 2, lambda: datetime(2024,1,1) * 2,
 lambda: date(2024,1,1) + date(2024,1,1), lambda: timedelta(seconds=1) - 1.5, lambda: date(2024,1,1) == 5, lambda: date(2024,1,1) != 5,
]
for i, f in enumerate(tests):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
tests = [lambda: date.fromisoformat('2024-02-30'), lambda: datetime.fromisoformat('2024-02-30'), lambda: datetime.fromisoformat('2024-13-01T00:00'), lambda: time.fromisoformat('25:00'), lambda: datetime.fromisoformat('2024-01-01T12:61'), lambda: date.fromisoformat('2024-W54'), lambda: datetime.fromisoformat('2024-01-01T24:00'),lambda: 1/timedelta(1), lambda: 2 % date(2024,1,1), lambda: date(2024,1,1) @ 1, lambda: -date(2024,1,1), lambda: abs(time()), lambda: ~timedelta(1), lambda: timedelta(1) ** 2, lambda: 2 - timedelta(1), lambda: divmod(timedelta(1), 2), lambda: divmod(7, timedelta(1)), lambda: time() - time(), lambda: datetime(2024,1,1) - time(), lambda: timedelta(1) + date(2024, 1, 1), lambda: timedelta(1) + datetime(2024, 1, 1), lambda: timedelta(1) - date(2024,1,1)]
for i, f in enumerate(tests):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
for f in [lambda: date(2024, 1), lambda: datetime(2024, 1), lambda: date(), lambda: datetime(2024), lambda: time(1, 2, 3, 4, 5)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
