"""A task tracker that validates in bulk: exception groups, except*, notes, traceback formatting."""
import traceback
from dataclasses import dataclass, field
from enum import Enum
from datetime import date


class Status(Enum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.strip().lower():
                    return m
        return None


class ValidationError(ValueError):
    def __init__(self, field_name, msg):
        super().__init__(f"{field_name}: {msg}")
        self.field_name = field_name


@dataclass
class Task:
    title: str
    status: Status = Status.TODO
    due: date | None = None
    estimate: float = 1.0
    subtasks: list = field(default_factory=list)

    def __post_init__(self):
        problems = []
        if not self.title.strip():
            problems.append(ValidationError("title", "must not be blank"))
        if self.estimate <= 0:
            problems.append(ValidationError("estimate", f"must be positive, got {self.estimate}"))
        if not isinstance(self.status, Status):
            try:
                self.status = Status(self.status)
            except ValueError as e:
                e.add_note(f"while building task {self.title!r}")
                problems.append(e)
        if problems:
            raise ExceptionGroup(f"invalid task {self.title!r}", problems)

    @property
    def total(self):
        return self.estimate + sum(s.total for s in self.subtasks)


def load(rows):
    tasks, errors = [], []
    for i, row in enumerate(rows):
        try:
            tasks.append(Task(**row))
        except ExceptionGroup as eg:
            eg.add_note(f"row {i}")
            errors.append(eg)
        except TypeError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("load failed", errors)
    return tasks


rows = [
    {"title": "write spec", "status": " Doing ", "estimate": 3},
    {"title": "  ", "estimate": -1},
    {"title": "review", "status": "blocked"},
    {"title": "ship", "priority": 1},
    {"title": "party", "status": "DONE", "due": date(2024, 5, 1)},
]
try:
    load(rows)
except* ValidationError as eg:
    print("validation:", [str(e) for e in eg.exceptions[0].exceptions], eg.exceptions[0].__notes__)
    print("fields:", sorted(e.field_name for sub in eg.exceptions for e in sub.exceptions))
except* ValueError as eg:
    inner = eg.exceptions[0].exceptions[0]
    print("value:", inner, inner.__notes__)
except* TypeError as eg:
    print("type:", eg.exceptions)

good = load([r for i, r in enumerate(rows) if i in (0, 4)])
print(good[0].status, Status("done") is Status.DONE, Status(" TODO"), good[1])
root = Task("release", subtasks=[Task("build", estimate=2), Task("docs", subtasks=[Task("api", estimate=0.5)])])
print(root.total, [t.title for t in root.subtasks], Status.__members__.keys())

try:
    try:
        Task("x", estimate=0)
    except ExceptionGroup as eg:
        match, rest = eg.split(lambda e: getattr(e, "field_name", None) == "estimate")
        print("split:", match.exceptions, rest)
        sub = eg.subgroup(ValidationError)
        print(sub is eg, sub.message, eg.derive([KeyError("k")]).exceptions)
        raise RuntimeError("task rejected") from eg
except RuntimeError as e:
    lines = traceback.format_exception(e)
    text = "".join(lines)
    print(text.count("Traceback"), "+-+" in text, "ExceptionGroup: invalid task 'x' (1 sub-exception)" in text)
    print(traceback.format_exception_only(type(e), e), repr(e.__cause__))

eg = ExceptionGroup("batch", [ValueError("a"), ExceptionGroup("nested", [TypeError("b"), ValueError("c")])])
print(repr(eg), len(eg.exceptions), [type(x).__name__ for x in eg.exceptions])
print(eg.subgroup(ValueError), eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions[0].exceptions)
try:
    raise ExceptionGroup("only errors", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    raise ExceptionGroup("final", [ValueError("one"), KeyError("two")])
except* KeyError:
    print("handled KeyError part")
