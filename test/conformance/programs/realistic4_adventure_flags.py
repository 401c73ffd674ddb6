# A text adventure driven by a scripted command list: Enum/Flag/IntEnum with auto(),
# str()/repr()/format() of members, Flag combinations, a dict of rooms, a state machine.
import enum
from enum import Enum, Flag, IntEnum, auto, unique


@unique
class Dir(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @property
    def opposite(self):
        return {Dir.NORTH: Dir.SOUTH, Dir.SOUTH: Dir.NORTH,
                Dir.EAST: Dir.WEST, Dir.WEST: Dir.EAST}[self]


class Item(Flag):
    NONE = 0
    LAMP = auto()
    KEY = auto()
    ROPE = auto()
    GEM = auto()
    TOOLS = LAMP | ROPE


class Mood(IntEnum):
    SCARED = auto()
    CALM = auto()
    BRAVE = auto()


class State(Enum):
    EXPLORING = auto()
    WON = auto()
    DEAD = auto()

    def __str__(self):
        return self.name.lower()


rooms = {
    "hall": {"desc": "a dusty hall", "exits": {Dir.NORTH: "library", Dir.EAST: "kitchen"}, "items": Item.LAMP},
    "library": {"desc": "shelves of books", "exits": {Dir.SOUTH: "hall", Dir.WEST: "vault"}, "items": Item.KEY | Item.ROPE},
    "kitchen": {"desc": "a cold kitchen", "exits": {Dir.WEST: "hall", Dir.NORTH: "pit"}, "items": Item.NONE},
    "vault": {"desc": "a locked vault", "exits": {Dir.EAST: "library"}, "items": Item.GEM, "needs": Item.KEY},
    "pit": {"desc": "a deep pit", "exits": {}, "items": Item.NONE, "needs": Item.ROPE | Item.LAMP},
}


class Player:
    def __init__(self):
        self.room = "hall"
        self.bag = Item.NONE
        self.mood = Mood.CALM
        self.state = State.EXPLORING
        self.moves = 0

    def __repr__(self):
        return f"Player(room={self.room!r}, bag={self.bag!r}, mood={self.mood!r})"


def step(p, cmd):
    verb, _, arg = cmd.partition(" ")
    p.moves += 1
    if verb == "go":
        try:
            d = Dir(arg)
        except ValueError as e:
            return f"huh? {e}"
        dest = rooms[p.room]["exits"].get(d)
        if dest is None:
            p.mood = Mood(max(Mood.SCARED, p.mood - 1))
            return f"no exit {d.name.lower()} (mood {p.mood.name})"
        needs = rooms[dest].get("needs", Item.NONE)
        if needs and (p.bag & needs) != needs:
            missing = needs & ~p.bag
            if dest == "pit":
                p.state = State.DEAD
                return f"you fall into the pit without {missing}"
            return f"the {dest} is locked; missing {missing!r}"
        p.room = dest
        return f"you go {d.name.lower()} (back is {d.opposite.value}) to {rooms[dest]['desc']}"
    if verb == "take":
        here = rooms[p.room]["items"]
        try:
            it = Item[arg.upper()]
        except KeyError:
            return f"no such thing: {arg}"
        if it not in here:
            return f"there is no {it.name.lower()} here"
        rooms[p.room]["items"] = here & ~it
        p.bag |= it
        if it is Item.GEM:
            p.state = State.WON
        p.mood = Mood(min(Mood.BRAVE, p.mood + 1))
        return f"taken {it}; bag is now {p.bag}"
    if verb == "look":
        r = rooms[p.room]
        exits = ", ".join(sorted(d.name for d in r["exits"]))
        return f"{r['desc']}; items {r['items']!r}; exits {exits}"
    if verb == "inv":
        return f"bag {list(p.bag)} tools? {Item.TOOLS in p.bag} len={len(p.bag)}"
    return f"unknown verb {verb!r}"


script = ["look", "take lamp", "go x", "go s", "go n", "look", "go w", "take key",
          "take rope", "inv", "go w", "take gem", "look"]
p = Player()
for cmd in script:
    if p.state is not State.EXPLORING:
        break
    print(f"[{p.moves:02d}] > {cmd:<10} {step(p, cmd)}")
print("state:", p.state, repr(p.state), f"{p.state!s:>10}|")
print(p)

q = Player()
for cmd in ["go e", "go n"]:
    print(f"> {cmd}: {step(q, cmd)}")
print("final", q.state, q.moves)

print(list(Dir), Dir("e"), Dir["WEST"], Dir.EAST.value)
print([m.name for m in Item], Item(5), Item(0), ~Item.LAMP)
print(list(Mood), Mood.BRAVE > Mood.SCARED, Mood(2) + 1, f"{Mood.CALM}", format(Mood.CALM, "03d"))
print(Item.LAMP | Item.GEM, (Item.LAMP | Item.GEM).value, Item.TOOLS.name, bool(Item.NONE))
print(Mood.__members__.keys(), len(State), State.WON in State)
print(isinstance(Mood.CALM, int), hash(Dir.NORTH) == hash(Dir.NORTH), Dir.NORTH is Dir("n"))
try:
    class Bad(Enum):
        A = 1
        B = 1
    unique(Bad)
except ValueError as e:
    print("unique:", e)
try:
    Item(64)
except ValueError as e:
    print("flag:", e)
try:
    Mood(9)
except ValueError as e:
    print("intenum:", e)
try:
    Dir.NORTH = "x"
except AttributeError as e:
    print("attr:", e)
print(enum.Enum("Color", "RED GREEN BLUE").GREEN, list(enum.IntFlag("Perm", "R W X")))
