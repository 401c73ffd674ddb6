# zoneinfo: the cache, keys and their errors, repr/str, pickling, from_file, TZPATH, available_timezones
import io
import pickle
import zoneinfo
from datetime import datetime, timedelta, timezone, tzinfo

Z = zoneinfo.ZoneInfo
print(zoneinfo.__all__)
print(repr(Z('UTC')), str(Z('UTC')), Z('UTC').key, isinstance(Z('UTC'), tzinfo))
print(Z('UTC') is Z('UTC'), Z(key='Europe/London') is Z('Europe/London'))
ny = Z('America/New_York')
print(ny.utcoffset(None), ny.dst(None), ny.tzname(None))
print(ny == Z('America/New_York'), hash(ny) == hash(Z('America/New_York')))


class Sub(Z):
    pass


print(repr(Sub('UTC')), Sub('UTC') is Z('UTC'), Sub('UTC') is Sub('UTC'), type(Sub('UTC')).__name__)

nc = Z.no_cache('UTC')
print(nc is Z('UTC'), repr(nc), nc.utcoffset(datetime(2020, 1, 1)))
print(pickle.loads(pickle.dumps(nc)) is nc, pickle.loads(pickle.dumps(Z('UTC'))) is Z('UTC'))
print(type(pickle.loads(pickle.dumps(nc))).__name__, pickle.loads(pickle.dumps(nc)).key)
print(pickle.loads(pickle.dumps(Sub('UTC'))) is Sub('UTC'))
print(ny.__reduce__()[1])
import copy
print(copy.copy(ny) is ny, copy.deepcopy(ny) is ny)

old = Z('Asia/Kolkata')
Z.clear_cache(only_keys=['Asia/Kolkata', 'Not/There'])
print(Z('Asia/Kolkata') is old, Z('UTC') is Z('UTC'))
utc = Z('UTC')
Z.clear_cache()
print(Z('UTC') is utc, Sub('UTC') is Sub('UTC'))

for bad in ['/etc/x', '../x', 'a/../b', 'America/', '', 'America', 'Nope/Zone', 'a//b',
            './UTC', 'UTC/', '..', 'zone.tab', 'iso3166.tab']:
    try:
        Z(bad)
        print('ok', bad)
    except Exception as e:
        print(type(e).__name__, repr(e), '|', e)
for bad in [1, None]:
    try:
        Z(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    Z.no_cache('Nope/Zone')
except zoneinfo.ZoneInfoNotFoundError as e:
    print('KeyError' if isinstance(e, KeyError) else '?', e.args)
print(zoneinfo.ZoneInfoNotFoundError.__mro__[1:])
print(zoneinfo.InvalidTZPathWarning.__mro__[1:])

# from_file
with open('/usr/share/zoneinfo/Europe/Paris', 'rb') as f:
    paris = Z.from_file(f)
print(repr(paris).replace('/usr/share/zoneinfo/', ''), paris.key, str(paris) == repr(paris))
print(paris.utcoffset(datetime(2020, 7, 1)), paris.tzname(datetime(2020, 1, 1)))
with open('/usr/share/zoneinfo/Europe/Paris', 'rb') as f:
    keyed = Z.from_file(f, key='Paris!')
print(repr(keyed), str(keyed), keyed.key, keyed is Z.from_file(io.BytesIO(open('/usr/share/zoneinfo/UTC', 'rb').read()), key='Paris!'))
for zone in (paris, keyed):
    try:
        pickle.dumps(zone)
    except Exception as e:
        print(type(e).__name__, e)
for data in [b'', b'hello', b'TZ']:
    try:
        Z.from_file(io.BytesIO(data))
    except Exception as e:
        print(type(e).__name__, e)

# the tzinfo methods' argument checks
for call in [lambda: ny.utcoffset(3), lambda: ny.fromutc(3), lambda: ny.fromutc(datetime(2020, 1, 1)),
             lambda: ny.fromutc(datetime(2020, 1, 1, tzinfo=Z('UTC')))]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# TZPATH
print(zoneinfo.TZPATH)
for bad in [['rel/path'], ['/ok', 'a', 'b'], '/a/b', b'/a']:
    try:
        zoneinfo.reset_tzpath(bad)
    except Exception as e:
        print(type(e).__name__, e)
cached = Z('UTC')
zoneinfo.reset_tzpath(['/nonexistent'])
print(zoneinfo.TZPATH)
try:
    Z('Europe/Rome')
except Exception as e:
    print(type(e).__name__, e)
print(Z('UTC') is cached, zoneinfo.available_timezones())
zoneinfo.reset_tzpath(('/usr/share/zoneinfo',))
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
zones = zoneinfo.available_timezones()
print(type(zones).__name__, len(zones) > 300, 'America/New_York' in zones, 'UTC' in zones)
print('posixrules' in zones, 'zone.tab' in zones, any(z.startswith(('posix/', 'right/')) for z in zones))
print(sorted(z for z in zones if z.startswith('Australia/'))[:5])
