# Enum/IntEnum/Flag/auto with match statements: class, mapping, guard, or, capture patterns
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
from dataclasses import dataclass


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1  # alias of RED

    @property
    def hex(self):
        return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]

    def __str__(self):
        return self.name.lower()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


class State(StrEnum):
    IDLE = auto()
    RUNNING = auto()
    DONE = "finished"


print(list(Color), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"], repr(Color.RED), str(Color.GREEN))
print(Color.RED.hex, Color.__members__.keys(), len(Color), Color.RED in Color)
print(f"{Color.BLUE}|{Color.BLUE!r}|{Priority.HIGH}|{Priority.HIGH:>5}|{Perm.R}|{State.IDLE}|{Mode.A | Mode.C}")
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(5).name)
print(Perm.R | Perm.W, Perm.RW == Perm.R | Perm.W, Perm.ALL & ~Perm.W, Perm.W in Perm.RW, bool(Perm(0)))
print(list(Perm.ALL), [p.name for p in Perm], Perm(7), repr(Perm(0)), Perm.RW.value)
print(Mode(3), repr(Mode(3)), Mode.A + 1, Mode(8) if False else Mode(7), repr(Mode(9)))
print(State.IDLE == "idle", State.DONE.upper(), State("finished"), list(State))
for bad in (lambda: Color(9), lambda: Color["PINK"], lambda: Priority(3)):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Event:
    kind: str
    payload: dict
    prio: Priority = Priority.LOW


@dataclass
class Click:
    x: int
    y: int
    button: str = "left"


def handle(msg):
    match msg:
        case Color.RED | Color.GREEN as c:
            return f"warm-ish color {c.name}"
        case Color():
            return f"other color {msg}"
        case Priority.HIGH:
            return "urgent"
        case Click(x=0, y=0):
            return "origin click"
        case Click(x, y, button="right") if x > y:
            return f"right click below diagonal at {x},{y}"
        case Click(x=x, y=y):
            return f"click at {x},{y}"
        case Event("login", {"user": str(user), **rest}, prio=p):
            return f"login {user} extra={rest} prio={p.name}"
        case Event(kind="logout" | "quit" as k):
            return f"bye via {k}"
        case {"type": "move", "to": [x, y]}:
            return f"move to {x},{y}"
        case {"type": "seq", "items": [first, *middle, last]}:
            return f"seq {first}..{last} ({len(middle)} between)"
        case [int() | float() as a, int() | float() as b]:
            return f"pair sum {a + b}"
        case (1, 2, *_):
            return "starts 1,2"
        case str() as s if len(s) > 3:
            return f"long string {s[:3]}..."
        case str(s):
            return f"short string {s!r}"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative"
        case 0 | 1:
            return "bit"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(msg).__name__}"


tests = [Color.RED, Color.CRIMSON, Color.BLUE, Priority.HIGH, 10, Click(0, 0), Click(5, 2, "right"),
         Click(1, 5, "right"), Event("login", {"user": "ann", "ip": "1.2.3.4"}, Priority.MEDIUM),
         Event("login", {"user": 7}), Event("quit", {}), {"type": "move", "to": [3, 4], "extra": 1},
         {"type": "move", "to": (1, 2)}, {"type": "seq", "items": range(5)}, [1, 2.5], (1, 2, 3),
         "hello", "hi", True, -5, 0, 1, None, 3.5, {"type": "seq", "items": "ab"}, [1, "x"]]
for t in tests:
    print(f"{t!r:.45} -> {handle(t)}")


class Light:
    TRANSITIONS = {"red": "green", "green": "yellow", "yellow": "red"}

    def __init__(self):
        self.state = "red"

    def step(self, event):
        match (self.state, event):
            case (_, "reset"):
                self.state = "red"
            case ("red" | "green" | "yellow" as s, "tick"):
                self.state = self.TRANSITIONS[s]
            case (s, "emergency") if s != "red":
                self.state = "red"
            case (s, e):
                raise ValueError(f"bad event {e!r} in state {s!r}")
        return self.state


light = Light()
print([light.step(e) for e in ["tick", "tick", "emergency", "tick", "reset", "tick"]])
try:
    light.step("fly")
except ValueError as e:
    print(e)
print(Color.RED.__class__, type(Priority.LOW).__mro__[:3], Perm.__members__["RW"])
print(Priority.HIGH.value, Priority.HIGH.name, int(Priority.HIGH), Priority.HIGH == 10, hash(Priority.HIGH) == hash(10))
