# A meeting scheduler: datetime/timedelta arithmetic, free-slot search, strftime/strptime, isoformat.
from datetime import datetime, date, time, timedelta, timezone
import calendar

WORK_START, WORK_END = time(9, 0), time(17, 30)


class Meeting:
    def __init__(self, title, start, minutes, people):
        self.title = title
        self.start = start
        self.end = start + timedelta(minutes=minutes)
        self.people = set(people)

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end

    def __repr__(self):
        return 'Meeting(%r, %s-%s)' % (self.title, self.start.strftime('%a %d %b %H:%M'), self.end.strftime('%H:%M'))


class Calendar:
    def __init__(self):
        self.meetings = []

    def book(self, m):
        clashes = [x for x in self.meetings if x.overlaps(m) and x.people & m.people]
        if clashes:
            raise ValueError('%s clashes with %s for %s' % (m.title, clashes[0].title, sorted(clashes[0].people & m.people)))
        self.meetings.append(m)
        self.meetings.sort(key=lambda x: x.start)

    def free_slots(self, day, people, minutes):
        cursor = datetime.combine(day, WORK_START)
        end_of_day = datetime.combine(day, WORK_END)
        busy = sorted((m.start, m.end) for m in self.meetings if m.people & set(people) and m.start.date() == day)
        slots = []
        for s, e in busy + [(end_of_day, end_of_day)]:
            if s - cursor >= timedelta(minutes=minutes):
                slots.append((cursor.time(), s.time()))
            cursor = max(cursor, e)
        return slots


cal = Calendar()
monday = date(2024, 3, 4)
base = datetime.combine(monday, time(9, 0))
plan = [
    ('standup', 0, 15, ['ann', 'bob', 'cy']),
    ('design review', 60, 90, ['ann', 'cy']),
    ('1:1 bob', 30, 30, ['bob', 'dee']),
    ('lunch talk', 180, 60, ['ann', 'bob', 'cy', 'dee']),
    ('clash', 70, 30, ['cy']),
    ('late sync', 450, 30, ['dee']),
]
for title, offset, minutes, people in plan:
    try:
        cal.book(Meeting(title, base + timedelta(minutes=offset), minutes, people))
    except ValueError as e:
        print('cannot book:', e)
for m in cal.meetings:
    print(m, sorted(m.people))
for who in (['ann'], ['bob', 'dee'], ['ann', 'bob', 'cy', 'dee']):
    print(who, [(a.strftime('%H:%M'), b.isoformat(timespec='minutes')) for a, b in cal.free_slots(monday, who, 45)])

# recurring: every other weekday for 3 weeks, skipping weekends
d = monday
occurrences = []
while d < monday + timedelta(weeks=3):
    if d.weekday() < 5 and (d - monday).days % 2 == 0:
        occurrences.append(d.strftime('%Y-%m-%d (%A) week %W day %j'))
    d += timedelta(days=1)
print(len(occurrences), occurrences[:3], occurrences[-1])

# timedelta arithmetic and reprs
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661.5)
print(td, repr(td), td.total_seconds(), td // timedelta(hours=1), td % timedelta(hours=1))
print(-td, abs(-td), td * 2.5, td / 3, timedelta(microseconds=-1))
print(timedelta(weeks=2) / timedelta(days=3), divmod(timedelta(hours=50), timedelta(days=1)))

# parsing and formatting
stamps = ['2024-03-04 09:15:00', '2024-02-29 23:59:59', '2023-12-31 00:00:01']
parsed = [datetime.strptime(s, '%Y-%m-%d %H:%M:%S') for s in stamps]
print(sorted(parsed))
print([p.strftime('%d/%m/%y %I:%M %p') for p in parsed])
print(max(parsed) - min(parsed), (max(parsed) - min(parsed)).days)
print(datetime.fromisoformat('2024-03-04T10:30:00+02:00'), datetime.fromisoformat('2024-03-04'))
print(date.fromisoformat('2024-03-04').isocalendar(), date(2024, 12, 30).isocalendar())
print(date(2024, 3, 4).toordinal(), date.fromordinal(738949), date(2024, 3, 4).isoweekday())

# time zones (fixed offsets)
utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), 'IST')
pst = timezone(timedelta(hours=-8))
t = datetime(2024, 3, 4, 15, 0, tzinfo=utc)
for tz in (ist, pst, utc):
    lt = t.astimezone(tz)
    print(lt, lt.tzname(), lt.utcoffset(), lt.strftime('%H:%M %Z %z'))
print(t == t.astimezone(ist), t.timestamp(), datetime.fromtimestamp(1709564400, tz=utc))
print(repr(ist), repr(pst), repr(t))
print(t.replace(tzinfo=None) - datetime(2024, 1, 1), t.timetuple()[:6])
try:
    print(t - datetime(2024, 1, 1))
except TypeError as e:
    print('TypeError:', e)

print(calendar.monthrange(2024, 2), calendar.isleap(2100), calendar.weekday(2024, 3, 4))
print(calendar.month(2024, 3))
print(datetime(2024, 3, 4, 9, 5, 7, 123456).isoformat(), datetime.min, date.max, time(23, 59, 59, 999999))
print(format(datetime(2024, 3, 4, 9, 5), '%B %-d' if False else '%B %d, %Y'), f'{date(2024, 1, 5):%a %e}')
