# A grade book: bisect with key= for letter grades and ranked insertion, sched with a fake
# clock for reminder events (priorities, cancel, run order), statistics per course, string
# formatting of report cards with format_map and a Formatter subclass, and sorted multi-keys.
import bisect
import sched
import statistics
import string
from operator import attrgetter, itemgetter
from dataclasses import dataclass, field

CUTOFFS = [60, 70, 80, 90]
LETTERS = "FDCBA"


def letter(score):
    return LETTERS[bisect.bisect(CUTOFFS, score)]


@dataclass(order=True)
class Student:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    scores: dict = field(compare=False)

    def __post_init__(self):
        self.sort_key = (-self.average, self.name)

    @property
    def average(self):
        return round(statistics.fmean(self.scores.values()), 2) if self.scores else 0.0


students = [
    Student("Ann", {"math": 93, "art": 78, "bio": 88}),
    Student("Bob", {"math": 67, "art": 91, "bio": 72}),
    Student("Cy", {"math": 85, "art": 85, "bio": 59}),
    Student("Dee", {"math": 100, "art": 60, "bio": 95}),
    Student("Eve", {"math": 59.5, "art": 89.9, "bio": 90}),
]
print([(s.name, s.average, letter(s.average)) for s in sorted(students)])
ranked = []
for s in students:
    bisect.insort(ranked, s, key=attrgetter("sort_key"))
print([s.name for s in ranked], bisect.bisect_left(ranked, (-80, ""), key=attrgetter("sort_key")))
print([letter(x) for x in (0, 59.99, 60, 69, 70, 89.5, 90, 100)], bisect.bisect_right([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2, lo=2))
courses = sorted({c for s in students for c in s.scores})
for c in courses:
    vals = [s.scores[c] for s in students]
    print(f"{c:<5} mean={statistics.mean(vals):6.2f} median={statistics.median(vals):5} stdev={statistics.stdev(vals):6.3f} "
          f"best={max(students, key=lambda s: s.scores[c]).name:<4} grades={''.join(letter(v) for v in vals)}")


class ReportFormatter(string.Formatter):
    def format_field(self, value, spec):
        if spec == "grade":
            return letter(value)
        if spec.startswith("bar"):
            width = int(spec[3:] or 10)
            return ("#" * round(value / 100 * width)).ljust(width, ".")
        return super().format_field(value, spec)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)


fmt = ReportFormatter()
template = "{name:<4} {math:>5.1f} {math:grade} |{math:bar20}| art {art:grade} bio {bio:grade} {missing}"
for s in ranked:
    print(fmt.format(template, name=s.name, **s.scores))
print("{name} has {count} courses".format_map({"name": "Ann", "count": 3}))


class Defaulting(dict):
    def __missing__(self, key):
        return f"[{key}]"


print("{name} got {grade} in {course}".format_map(Defaulting(name="Bob", grade="B")))
clock = [0.0]
s = sched.scheduler(timefunc=lambda: clock[0], delayfunc=lambda d: clock.__setitem__(0, clock[0] + d))
log = []


def remind(who, what):
    log.append(f"t={clock[0]:>4.1f} {who}: {what}")


events = {}
for delay, prio, who, what in [(5, 2, "Ann", "essay"), (5, 1, "Bob", "lab"), (2, 1, "Cy", "quiz"), (9, 1, "Dee", "exam"), (5, 3, "Eve", "poster")]:
    events[who] = s.enter(delay, prio, remind, argument=(who, what))
s.enterabs(7.5, 1, remind, kwargs={"who": "all", "what": "holiday"})
s.cancel(events["Dee"])
print(len(s.queue), [e.argument or e.kwargs for e in s.queue][:3], s.empty())
s.run()
print("\n".join(log), clock[0], s.empty())
try:
    s.cancel(events["Ann"])
except ValueError as e:
    print("ValueError:", e)
table = sorted(((s.name, c, v) for s in students for c, v in s.scores.items()), key=itemgetter(1, 2), reverse=True)
print(table[:4], sorted(students, key=lambda s: (letter(s.average), -s.scores["math"]))[0].name)
