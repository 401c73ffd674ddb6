# text adventure: an Enum state machine driven by match on verb and words
import sys
from enum import Enum, auto

class State(Enum):
    HALL = auto()
    KITCHEN = auto()
    CELLAR = auto()
    GARDEN = auto()
    WON = auto()
    DEAD = auto()

ROOMS = {
    State.HALL: {"desc": "A dusty hall.", "exits": {"north": State.KITCHEN, "east": State.GARDEN}},
    State.KITCHEN: {"desc": "Smells of old bread.", "exits": {"south": State.HALL, "down": State.CELLAR}},
    State.CELLAR: {"desc": "Dark and damp.", "exits": {"up": State.KITCHEN}},
    State.GARDEN: {"desc": "Overgrown roses.", "exits": {"west": State.HALL}},
}

class Game:
    def __init__(self):
        self.state = State.HALL
        self.inventory = set()
        self.items = {State.KITCHEN: ["lamp"], State.CELLAR: ["key"], State.GARDEN: ["door"]}
        self.moves = 0
        self.log = []

    def describe(self):
        room = ROOMS[self.state]
        items = self.items.get(self.state, [])
        s = f"[{self.state.name:^9}] {room['desc']}"
        if items:
            s += " You see: " + ", ".join(sorted(items)) + "."
        return s

    def do(self, cmd):
        self.moves += 1
        words = cmd.strip().lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        match verb, rest:
            case ("go" | "walk"), [direction]:
                exits = ROOMS[self.state]["exits"]
                if direction not in exits:
                    return f"You can't go {direction!r} from here."
                if exits[direction] is State.CELLAR and "lamp" not in self.inventory:
                    self.state = State.DEAD
                    return "You fall in the dark."
                self.state = exits[direction]
                return self.describe()
            case "take", [item]:
                here = self.items.get(self.state, [])
                if item in here and item != "door":
                    here.remove(item)
                    self.inventory.add(item)
                    return f"Taken: {item}"
                return f"No {item} here."
            case "open", ["door"] if self.state is State.GARDEN:
                if "key" in self.inventory:
                    self.state = State.WON
                    return "The door opens. You win!"
                return "Locked."
            case "inv", []:
                return "Carrying: " + (", ".join(sorted(self.inventory)) or "nothing")
            case _:
                return f"I don't understand {' '.join(words)!r}."

def play(script):
    g = Game()
    print(g.describe())
    for line in script:
        out = g.do(line)
        print(f"> {line:<14}| {out}")
        if g.state in (State.WON, State.DEAD):
            break
    print(f"Ended in {g.state} after {g.moves} moves; state value {g.state.value}")
    return g

play(["go north", "take lamp", "inv", "go down", "take key", "go up", "go south",
      "go east", "open door"])
play(["go north", "go down"])
play(["dance", "", "go west", "take door", "walk east", "open door"])
print(list(State)[:3], State['GARDEN'], State(3))
print(repr(State.WON), State.WON in State, len(State))
try:
    State(99)
except ValueError as e:
    print("ValueError:", e)
