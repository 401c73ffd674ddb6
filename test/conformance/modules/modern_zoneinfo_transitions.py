# zoneinfo: DST gaps and folds, conversions from UTC, caching and pickling, from_file, key errors
import zoneinfo, datetime as dt, pickle, io
NY = zoneinfo.ZoneInfo("America/New_York")
print(repr(NY), str(NY), NY.key, NY is zoneinfo.ZoneInfo("America/New_York"), zoneinfo.ZoneInfo.no_cache("America/New_York") is NY)
for args in [(2023, 3, 12, 2, 30), (2023, 11, 5, 1, 30), (2023, 6, 1), (1900, 1, 1), (2100, 7, 1), (1883, 11, 18, 12)]:
    for fold in (0, 1):
        d = dt.datetime(*args, tzinfo=NY, fold=fold)
        print(d, d.tzname(), d.utcoffset(), d.dst(), d.astimezone(dt.timezone.utc))
u = dt.datetime(2023, 11, 5, 5, 30, tzinfo=dt.timezone.utc)
for h in range(4):
    x = (u + dt.timedelta(hours=h)).astimezone(NY)
    print(x, x.fold, x.tzname())
print(pickle.loads(pickle.dumps(NY)) is NY)
with open('/usr/share/zoneinfo/Europe/Berlin', 'rb') as f:
    z = zoneinfo.ZoneInfo.from_file(f, key="Custom")
print(repr(z)[:40], str(z), dt.datetime(2023, 7, 1, tzinfo=z).tzname())
try: pickle.dumps(z)
except Exception as e: print(type(e).__name__, e)
for bad in ["", "/abs", "a/../b", "Europe/", "Not/AZone", 5]:
    try: zoneinfo.ZoneInfo(bad)
    except Exception as e: print(type(e).__name__, e)
print(zoneinfo.TZPATH[:1] != (), sorted(zoneinfo.available_timezones())[:3])
LH = zoneinfo.ZoneInfo("Australia/Lord_Howe")
print(dt.datetime(2023, 1, 1, tzinfo=LH).dst(), dt.datetime(2023, 7, 1, tzinfo=LH).dst())
