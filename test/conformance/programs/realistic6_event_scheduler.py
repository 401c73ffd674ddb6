"""A calendar/event scheduler: datetime, heapq, generators, __slots__, total_ordering, bisect."""
import heapq
import bisect
from datetime import datetime, timedelta, time, date
from functools import total_ordering
from itertools import islice, count, takewhile


@total_ordering
class Event:
    __slots__ = ("start", "minutes", "title", "every")

    def __init__(self, start, minutes, title, every=None):
        self.start = start
        self.minutes = minutes
        self.title = title
        self.every = every

    @property
    def end(self):
        return self.start + timedelta(minutes=self.minutes)

    def __eq__(self, other):
        return (self.start, self.title) == (other.start, other.title)

    def __lt__(self, other):
        return (self.start, self.title) < (other.start, other.title)

    def __repr__(self):
        return f"Event({self.start:%a %H:%M}, {self.minutes}m, {self.title!r})"

    def occurrences(self):
        t = self.start
        while True:
            yield Event(t, self.minutes, self.title)
            if self.every is None:
                return
            t += self.every


def merge(*streams):
    yield from heapq.merge(*streams)


def overlaps(events):
    active = []
    for ev in events:
        active = [a for a in active if a.end > ev.start]
        for a in active:
            yield a.title, ev.title, (min(a.end, ev.end) - ev.start)
        active.append(ev)


monday = datetime(2024, 3, 4, 9, 0)
events = [
    Event(monday, 30, "standup", every=timedelta(days=1)),
    Event(monday + timedelta(hours=1), 90, "design review"),
    Event(monday + timedelta(hours=1, minutes=30), 60, "1:1", every=timedelta(weeks=1)),
    Event(monday + timedelta(days=2, hours=4), 45, "lunch talk"),
    Event(monday + timedelta(hours=-1), 15, "coffee", every=timedelta(hours=26)),
]
horizon = monday + timedelta(days=3)
streams = [takewhile(lambda e: e.start < horizon, ev.occurrences()) for ev in events]
agenda = list(merge(*streams))
for day, group in __import__("itertools").groupby(agenda, key=lambda e: e.start.date()):
    group = list(group)
    print(day.strftime("%A %d %B"), f"({len(group)} events)")
    for e in group:
        print(f"   {e.start:%H:%M}-{e.end:%H:%M}  {e.title}")

print("overlaps:")
for a, b, d in overlaps(agenda):
    print(f"  {a} / {b}: {d} ({d.total_seconds() / 60:g} min)")

# free slots on Monday between 8:00 and 17:00
day_start = datetime.combine(monday.date(), time(8))
day_end = datetime.combine(monday.date(), time(17))
busy = sorted((e.start, e.end) for e in agenda if e.start.date() == monday.date())
free, cursor = [], day_start
for s, e in busy:
    if s > cursor:
        free.append((cursor, s))
    cursor = max(cursor, e)
if cursor < day_end:
    free.append((cursor, day_end))
print("free:", ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in free))

starts = [e.start for e in agenda]
probe = monday + timedelta(hours=1, minutes=15)
i = bisect.bisect_right(starts, probe)
print("next after", probe.time(), "is", agenda[i], "| index", i, bisect.bisect_left(starts, agenda[i].start))

ids = count(100, 7)
tickets = {next(ids): e.title for e in islice(agenda, 0, None, 3)}
print(tickets)
print(sorted({e.title for e in agenda}), Event(monday, 1, "x") <= Event(monday, 2, "y"), Event(monday, 1, "x") >= Event(monday, 9, "x"))
print(min(agenda), max(agenda, key=lambda e: e.minutes))
try:
    agenda[0].color = "red"
except AttributeError as ex:
    print("AttributeError:", ex)
print(hasattr(agenda[0], "__dict__"), Event.__slots__, len(agenda))
delta = horizon - monday
print(delta, delta.days, delta // timedelta(hours=5), delta % timedelta(hours=5), -delta, abs(-delta) == delta)
print(repr(monday), monday.isoformat(timespec="minutes"), monday.isocalendar(), date(2024, 2, 29) + timedelta(days=365))
print(datetime.fromisoformat("2024-03-04T09:15:30.250000"), datetime(2024, 3, 4).replace(day=31).weekday())
