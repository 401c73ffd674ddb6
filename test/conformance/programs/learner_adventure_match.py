from dataclasses import dataclass

@dataclass
class Move:
    direction: str
@dataclass
class Take:
    item: str
    count: int = 1
@dataclass
class Quit:
    pass

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

rooms = {
    "hall": {"n": "kitchen", "e": "study", "items": ["lamp"]},
    "kitchen": {"s": "hall", "items": ["knife", "bread"]},
    "study": {"w": "hall", "items": [], "locked": True},
}

def parse(line):
    match line.split():
        case ["go", ("n" | "s" | "e" | "w") as d]:
            return Move(d)
        case ["take", item]:
            return Take(item)
        case ["take", item, n] if n.isdigit():
            return Take(item, int(n))
        case ["quit" | "exit"]:
            return Quit()
        case [verb, *rest]:
            return ("unknown", verb, rest)
        case []:
            return None

def step(state, cmd):
    match cmd:
        case Move(direction=d) if d in rooms[state["room"]]:
            dest = rooms[state["room"]][d]
            match rooms[dest]:
                case {"locked": True}:
                    return f"the {dest} is locked"
                case {"items": [first, *_]}:
                    state["room"] = dest
                    return f"you enter the {dest}; you see a {first}"
                case _:
                    state["room"] = dest
                    return f"you enter the {dest}"
        case Move(d):
            return f"you can't go {d}"
        case Take(item, count) if item in rooms[state["room"]]["items"]:
            rooms[state["room"]]["items"].remove(item)
            state["inv"].append((item, count))
            return f"taken {count} {item}"
        case Take(item=i):
            return f"no {i} here"
        case Quit():
            state["done"] = True
            return "bye"
        case ("unknown", verb, []):
            return f"what does {verb!r} mean?"
        case ("unknown", verb, [*args]):
            return f"can't {verb} {' '.join(args)}"
        case None:
            return "say something"

state = {"room": "hall", "inv": [], "done": False}
script = ["look", "go n", "take knife", "take spoon", "go s", "go e", "go w",
          "take lamp 3", "dance wildly now", "", "take bread", "go s", "exit"]
for line in script:
    print(f"> {line:<18}| {step(state, parse(line))}")
    if state["done"]:
        break
print(state)

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"axis {x}"
        case Point(x=x, y=y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case {"x": x, **rest}:
            return f"dict x={x} rest={rest}"
        case [Point(x=a), Point(x=b)]:
            return f"pair {a},{b}"
        case str() | bytes():
            return "stringy"
        case int(n) | float(n):
            return f"number {n}"
for p in [Point(0,0), Point(3,0), Point(0,4), Point(2,2), Point(1,5), {"x":1,"y":2,"z":3},
          [Point(1,2), Point(3,4)], "s", b"b", 5, 2.5, None]:
    print(where(p))
class Bad:
    __match_args__ = ("a",)
try:
    match Bad():
        case Bad(x):
            pass
except AttributeError as e:
    print("AE", e)
try:
    match 5:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TE", e)
try:
    match Point(1,2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TE", e)
