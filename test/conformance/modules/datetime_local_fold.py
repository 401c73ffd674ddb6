import os, time, datetime as dt, email.utils, logging, calendar
for z in ['America/New_York', 'Europe/Paris', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'CET-1CEST,M3.5.0,M10.5.0/3']:
    os.environ['TZ'] = z; time.tzset()
    for ts in [0, 1e9, 1678606200, 1699162200, 1699165800, 1.7e9]:
        d = dt.datetime.fromtimestamp(ts)
        a = dt.datetime.fromtimestamp(ts).astimezone()
        print(z, ts, d, a, a.tzname(), a.utcoffset(), d.timestamp(), dt.datetime(2023, 3, 12, 2, 30).timestamp(), dt.datetime(2023, 11, 5, 1, 30, fold=1).timestamp())
    print(dt.datetime(2020, 6, 1, 12).astimezone(), dt.datetime(2020, 1, 1, 12).astimezone().tzname(), email.utils.localtime(dt.datetime(2020,6,1)))
    print(time.strftime('%c %Z', time.localtime(1e9)), calendar.timegm(time.localtime(1e9)))
os.environ['TZ'] = 'America/New_York'; time.tzset()
for ts in [1699162200, 1699165800, 1699163999, 1699167599, 1699167600, 1678604400]:
    d = dt.datetime.fromtimestamp(ts); print(repr(d), d.fold, d.timestamp(), d.astimezone(), d.replace(fold=1-d.fold).timestamp())
class D(dt.datetime): pass
print(repr(D.fromtimestamp(1699165800)), D.fromtimestamp(1699165800).fold)
print(dt.datetime(2023, 3, 12, 2, 30).astimezone(), dt.datetime(2023, 3, 12, 2, 30, fold=1).astimezone(), dt.datetime(2023, 11, 5, 1, 30, fold=1).astimezone())
