from datetime import datetime, date, time, timedelta, timezone
dt = datetime(2024, 1, 1, 12, 30)
print(dt, repr(dt), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(datetime(2024, 1, 1, 1, 2, 3, 4)))
print(dt.date(), dt.time(), repr(dt.date()), repr(dt.time()), dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo)
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='hours'), dt.isoformat(timespec='minutes'), dt.isoformat(timespec='milliseconds'), dt.isoformat(timespec='microseconds'))
x = datetime(2024, 2, 29, 23, 59, 59, 123456)
print(x, x.isoformat(timespec='milliseconds'), x.weekday(), x.isocalendar(), x.ctime(), x.toordinal())
print(x + timedelta(microseconds=876544), x - timedelta(days=366), x - dt, dt - x, (x - dt).total_seconds())
print(datetime.combine(date(2024, 5, 6), time(7, 8, 9)), datetime.combine(date(2024, 5, 6), time(7, 8, 9, 10)))
print(dt.replace(hour=3, microsecond=5), dt.replace(year=2023))
print(dt == datetime(2024, 1, 1, 12, 30), dt < x, dt > x, dt == date(2024, 1, 1), date(2024, 1, 1) == dt, dt != date(2024, 1, 1))
print(hash(dt) == hash(datetime(2024, 1, 1, 12, 30)))
print(datetime.fromisoformat('2024-01-01'), datetime.fromisoformat('2024-01-01T12:30'), datetime.fromisoformat('2024-01-01 12:30:45.123'), datetime.fromisoformat('2024-01-01T12:30:45.123456'))
print(datetime.fromisoformat('20240101T123045'), datetime.fromisoformat('2024-01-01T12'), datetime.fromisoformat('2024-01-01T12:30:45Z'), datetime.fromisoformat('2024-01-01T12:30:45+05:30'), datetime.fromisoformat('2024-01-01T12:30:45-0800'))
print(repr(datetime.fromisoformat('2024-01-01T12:30:45+05:30')))
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1700000000.5), datetime.utcfromtimestamp(-1.25), datetime.utcfromtimestamp(86400 * 365))
print(datetime.fromtimestamp(1700000000, timezone.utc), datetime.fromtimestamp(1700000000, timezone(timedelta(hours=-3))))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(2024, 1, 1, 5, tzinfo=timezone(timedelta(hours=5))).timestamp())
t = time(12, 30)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4).isoformat(), t.isoformat('hours'), time(1, 2, 3, 4500).isoformat(timespec='milliseconds'))
print(t < time(13), t == time(12, 30), t.replace(minute=0), hash(t) == hash(time(12, 30)), bool(time()))
print(time.min, time.max, datetime.min, datetime.max, datetime.resolution)
u = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
print(u, repr(u), ist, repr(ist), repr(timezone(timedelta(hours=-2), 'XYZ')), timezone(timedelta(hours=-2), 'XYZ'), timezone(timedelta(seconds=-1)))
print(timezone(timedelta(0)) is u, ist.utcoffset(None), ist.tzname(None), ist.dst(None), ist == timezone(timedelta(minutes=330)), timezone.min, timezone.max)
a = datetime(2024, 1, 1, 12, tzinfo=u)
b = datetime(2024, 1, 1, 17, 30, tzinfo=ist)
print(a, repr(a), b, repr(b), a == b, a - b, a < b, b.astimezone(u), a.astimezone(ist), hash(a) == hash(b))
print(dt == a, dt != a)
print(a.utctimetuple(), dt.timetuple())
print(datetime(2024, 1, 1, 0, 0) + timedelta(hours=-1), repr(datetime.combine(date(2020,1,1), time(1, tzinfo=u))))
print(datetime.fromordinal(738000), datetime(2024, 6, 1, 1).timetuple().tm_yday)
for s in ['2024-01-01T12:30:45.1', '2024-01-01T12:30:45.1234567', '2024-01-01T12:30:45,5', '2024-01-01T1230', '2024-01-01T123045.5', '2024-01-01T12:30:45+05', '2024-01-01T12:30:45+0530', '2024-01-01T12:30:45.000+00:00', '2024-01-01T12:30:45-05:30:15', '2024-01-01 12:30Z', '2024-01-01T12:3', '2024-01-01T', '2024-W01-1T10:00', '2024W011T10', '2024-01-01T12:30:45.', '2024-01-0112:00', '2024-001', '2024-01-01T12:30:45+5', '2024-01-01T12:30:45 ', '2024-01-01t12:00', '2024-01-01T12:30:45.123+01:00:30.5']:
    for f in (datetime.fromisoformat, lambda s: time.fromisoformat(s[11:])):
        try:
            print(repr(f(s)))
        except Exception as e:
            print(type(e).__name__, e)
import copy
print(copy.copy(datetime(2024, 1, 1, 5)), copy.deepcopy(date(2024, 1, 1)), copy.deepcopy(time(4)), copy.copy(timezone.utc), copy.deepcopy(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2), 'X'))))
print(datetime(2024, 7, 1, 12, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-7))), datetime.combine(date(2024, 1, 1), time(5), timezone.utc))
print(sorted({datetime(2024, 1, 1): 1, datetime(2023, 1, 1): 2}), datetime(2024, 1, 1) in {datetime(2024, 1, 1)}, date(2024, 1, 1) in {datetime(2024, 1, 1)})
print(date(year=2024, month=2, day=3), datetime(2024, 2, 3, minute=5, tzinfo=None), time(second=5), datetime(2024, 1, 1).tzname(), datetime(2024, 1, 1).utcoffset())
from datetime import tzinfo
class M(datetime): pass
class D(date): pass
class T(timedelta): pass
m = M(2024, 1, 1)
print(type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__, type(m.replace(day=2)).__name__, type(M.fromisoformat('2024-01-01')).__name__, type(M.combine(date(2024,1,1), time())).__name__)
print(type(D(2024,1,1) + timedelta(1)).__name__, type(D.fromordinal(5)).__name__, type(T(1) + T(1)).__name__, repr(T(1)), type(-T(1)).__name__, type(T(1) * 2).__name__)
print(repr(m), repr(D(2024,1,1)), m == datetime(2024,1,1), str(m))
class Fixed(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=2)
    def tzname(self, dt): return 'FX'
    def dst(self, dt): return timedelta(0)
    def __repr__(self): return 'Fixed()'
a = datetime(2024, 1, 1, 12, tzinfo=Fixed())
print(a, repr(a), a.astimezone(timezone.utc), a.strftime('%Z %z'), a - datetime(2024, 1, 1, 10, tzinfo=timezone.utc), a.utcoffset(), a.timestamp())
print(datetime(2024, 1, 1, 10, tzinfo=timezone.utc).astimezone(Fixed()))
print(datetime.strptime('2024-03-04', '%Y-%m-%d').date(), M.strptime('2024', '%Y').__class__.__name__)
