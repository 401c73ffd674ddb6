# zoneinfo: offsets, DST and names across transitions (gaps, repeated hours with fold), astimezone/fromutc, TZ-string footers past the table, hand-made TZif files
import io
import struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc


def show(dt):
    return '%s fold=%d %s %s %s' % (dt.replace(tzinfo=None), dt.fold, dt.utcoffset(), dt.dst(),
                                    dt.tzname())


def walk(zone, start, hours, step=30):
    """UTC instants every `step` minutes from `start`, shown in `zone`."""
    t = start.replace(tzinfo=UTC)
    for _ in range(hours * 60 // step):
        local = t.astimezone(zone)
        back = local.astimezone(UTC)
        print('  ', t.strftime('%H:%M'), '->', show(local), '' if back == t else 'ROUNDTRIP FAILED')
        t += timedelta(minutes=step)


def wall(zone, *moments):
    for args in moments:
        for fold in (0, 1):
            dt = datetime(*args, tzinfo=zone, fold=fold)
            print('  ', show(dt), '=', dt.astimezone(UTC).replace(tzinfo=None))


ny = ZoneInfo('America/New_York')
print('New York, spring 2021 and fall 2021')
walk(ny, datetime(2021, 3, 14, 6, 0), 3)
walk(ny, datetime(2021, 11, 7, 5, 0), 3)
wall(ny, (2021, 3, 14, 2, 30), (2021, 11, 7, 1, 30), (2021, 7, 4, 12), (1800, 1, 1), (1883, 11, 18, 12, 3),
     (1944, 6, 6), (2070, 3, 9, 2, 30), (2070, 11, 2, 1, 30), (2070, 11, 2, 2, 30))

london = ZoneInfo('Europe/London')
print('London')
walk(london, datetime(2023, 3, 26, 0, 0), 2)
walk(london, datetime(2023, 10, 29, 0, 0), 2)
wall(london, (2023, 3, 26, 1, 30), (2023, 10, 29, 1, 30), (1941, 6, 1), (1968, 12, 1), (2100, 10, 31, 1, 30))

lh = ZoneInfo('Australia/Lord_Howe')
print('Lord Howe (half-hour DST)')
walk(lh, datetime(2023, 4, 1, 14, 0), 2, 15)
walk(lh, datetime(2023, 9, 30, 15, 0), 2, 15)
wall(lh, (2023, 4, 2, 1, 45), (2023, 10, 1, 2, 15), (2050, 4, 3, 1, 45), (2050, 10, 2, 2, 15))

kolkata = ZoneInfo('Asia/Kolkata')
print('Kolkata')
wall(kolkata, (1850, 1, 1), (1942, 9, 1), (1945, 10, 15), (2000, 1, 1), (2090, 1, 1))
walk(kolkata, datetime(2020, 1, 1, 0, 0), 1)

print('dates past 2037 follow the footer')
for key in ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Sao_Paulo',
            'Europe/Dublin', 'Africa/Casablanca']:
    z = ZoneInfo(key)
    print(key, [show(datetime(y, m, 15, 12, tzinfo=z)) for y in (2040, 2400) for m in (1, 7)])

print('comparisons and arithmetic')
a = datetime(2021, 11, 7, 1, 30, tzinfo=ny)
b = a.replace(fold=1)
print(a == b, a < b, b - a, (b.astimezone(UTC) - a.astimezone(UTC)))
print(datetime(2021, 11, 7, 5, 30, tzinfo=UTC) == b, datetime(2021, 11, 7, 5, 30, tzinfo=UTC) == a)
print((a + timedelta(hours=1)).fold, show(a + timedelta(hours=1)))
print(datetime.fromtimestamp(1636263000, ny), datetime.fromtimestamp(1636266600, ny).fold)
print(datetime(2021, 6, 1, tzinfo=ny).timestamp(), datetime(2021, 6, 1, tzinfo=ny).isoformat())
print(datetime(2021, 6, 1, tzinfo=ny).astimezone(lh))
print(datetime.now(ny).tzinfo is ny)
print(hash(a) == hash(b), hash(a) == hash(datetime(2021, 11, 7, 5, 30, tzinfo=UTC)), {a: 1}.get(b))
gap = datetime(2021, 3, 14, 2, 30, tzinfo=ny)
print(gap == gap.replace(fold=1), gap == datetime(2021, 3, 14, 7, 30, tzinfo=UTC), gap < datetime(2021, 3, 14, 7, 31, tzinfo=UTC))


def tzif(version, transitions, types, footer=None, leaps=()):
    """A TZif file: transitions [(utc seconds, type index)], types [(offset, isdst, abbr)]."""
    chars = b''
    rows = []
    for offset, isdst, abbr in types:
        rows.append((offset, isdst, len(chars)))
        chars += abbr.encode() + b'\0'

    def block(time_code):
        counts = struct.pack('>6l', 0, 0, len(leaps), len(transitions), len(types), len(chars))
        body = b''.join(struct.pack('>' + time_code, t) for t, _ in transitions)
        body += bytes(i for _, i in transitions)
        body += b''.join(struct.pack('>lBB', *row) for row in rows)
        body += chars
        body += b''.join(struct.pack('>' + time_code + 'l', t, n) for t, n in leaps)
        return counts, body

    counts, body = block('l')
    data = b'TZif' + version + b'\0' * 15 + counts + body
    if version != b'\0':
        counts, body = block('q')
        data += b'TZif' + version + b'\0' * 15 + counts + body
        data += b'\n' + (footer or '').encode() + b'\n'
    return data


print('hand-made files')
v1 = ZoneInfo.from_file(io.BytesIO(tzif(b'\0', [(0, 1), (1000000, 2)],
                                        [(3600, 0, 'AAA'), (7200, 1, 'BBB'), (1800, 0, 'CCC')])),
                        key='v1')
for t in (-10, 0, 999999, 1000000, 10 ** 9):
    print('  ', show(datetime.fromtimestamp(t, v1)))
v2 = ZoneInfo.from_file(io.BytesIO(tzif(b'2', [(0, 1)], [(3600, 0, 'OLD'), (-18000, 0, 'EST')],
                                        'EST5EDT,M3.2.0,M11.1.0')), key='v2')
for args in [(1960, 1, 1), (2000, 1, 1), (2000, 7, 1), (2000, 4, 2, 2, 30), (2000, 10, 29, 1, 30)]:
    print('  ', show(datetime(*args, tzinfo=v2)), show(datetime(*args, tzinfo=v2, fold=1)))
rules = ['<+0330>-3:30', 'AAA-1BBB,J60/3,J300', 'XXX3YYY2,0/0,364/25', 'AA1BB,M12.5.6/-2,M1.1.0/167',
         'IST-1GMT0,M10.5.0,M3.5.0/1', 'STD-10DST-11:30,M10.1.0,M4.1.0/3']
for rule in rules:
    z = ZoneInfo.from_file(io.BytesIO(tzif(b'3', [], [(0, 0, 'UTC')], rule)), key=rule)
    print(rule, [show(datetime(2024, m, d, h, tzinfo=z)) for m, d, h in
                 [(1, 1, 0), (2, 29, 12), (3, 1, 2), (6, 30, 12), (12, 31, 23)]])
    print('  ', [show(datetime(2024, 3, 1, tzinfo=UTC).astimezone(z)),
                 show(datetime(2024, 10, 27, 1, 30, tzinfo=UTC).astimezone(z))])
for rule in ['', 'EST', 'EST5EDT', 'EST5EDT,M3.2.0', 'EST25', 'AB5', 'EST5EDT,M13.1.0,M1.1.0',
             'EST5EDT,J0,J5', 'EST5EDT,M3.2.0/200,M11.1.0']:
    try:
        z = ZoneInfo.from_file(io.BytesIO(tzif(b'2', [], [(0, 0, 'UTC')], rule)))
        print(repr(rule), 'accepted', z.utcoffset(datetime(2020, 1, 1)))
    except ValueError as e:
        print(repr(rule), type(e).__name__, e)
