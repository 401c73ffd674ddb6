"""A tiny text adventure driven by a scripted command list: match statements, closures, dicts."""
import re
from dataclasses import dataclass, field


@dataclass
class Room:
    name: str
    desc: str
    exits: dict = field(default_factory=dict)
    items: set = field(default_factory=set)
    locked: dict = field(default_factory=dict)


class Game:
    def __init__(self):
        self.rooms = {
            "hall": Room("hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, {"lamp"}),
            "library": Room("library", "Shelves of books.", {"south": "hall", "up": "attic"}, {"book", "key"},
                            locked={"up": "key"}),
            "kitchen": Room("kitchen", "Smells of bread.", {"west": "hall"}, {"bread", "knife"}),
            "attic": Room("attic", "Dark and cramped.", {"down": "library"}, {"chest"}),
        }
        self.here = "hall"
        self.bag = []
        self.moves = 0
        self.log = []
        self.handlers = {}
        self._register()

    def say(self, msg):
        self.log.append(msg)
        print(f"[{self.moves:02d}] {msg}")

    def _register(self):
        def cmd(*names):
            def deco(fn):
                for n in names:
                    self.handlers[n] = fn
                return fn
            return deco

        @cmd("look", "l")
        def look(args):
            r = self.rooms[self.here]
            things = ", ".join(sorted(r.items)) or "nothing"
            self.say(f"{r.desc} Exits: {' '.join(sorted(r.exits))}. You see: {things}.")

        @cmd("take", "get")
        def take(args):
            r = self.rooms[self.here]
            for a in args:
                if a == "chest":
                    self.say("The chest is too heavy.")
                elif a in r.items:
                    r.items.remove(a)
                    self.bag.append(a)
                    self.say(f"Taken: {a}.")
                else:
                    self.say(f"No {a} here.")

        @cmd("go", "walk")
        def go(args):
            match args:
                case [direction] if direction in self.rooms[self.here].exits:
                    need = self.rooms[self.here].locked.get(direction)
                    if need and need not in self.bag:
                        self.say(f"The way {direction} is locked.")
                        return
                    self.here = self.rooms[self.here].exits[direction]
                    self.say(f"You go {direction} to the {self.here}.")
                case [direction]:
                    self.say(f"You can't go {direction}.")
                case []:
                    self.say("Go where?")
                case _:
                    self.say("One direction at a time.")

        @cmd("inventory", "i")
        def inventory(args):
            self.say("You carry: " + (", ".join(self.bag) if self.bag else "nothing"))

        @cmd("drop")
        def drop(args):
            for a in args:
                try:
                    self.bag.remove(a)
                except ValueError:
                    self.say(f"You don't have {a}.")
                else:
                    self.rooms[self.here].items.add(a)
                    self.say(f"Dropped {a}.")

    def run(self, line):
        self.moves += 1
        words = re.findall(r"[a-z]+", line.lower())
        words = [w for w in words if w not in {"the", "a", "an", "to"}]
        match words:
            case []:
                self.say("Say something.")
            case ["n" | "s" | "e" | "w" | "u" | "d" as short]:
                full = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}[short]
                self.handlers["go"]([full])
            case [verb, *rest] if verb in self.handlers:
                self.handlers[verb](rest)
            case [verb, *_]:
                self.say(f"I don't know how to {verb!r}.")


game = Game()
script = [
    "look", "take lamp", "e", "take the bread and knife", "i", "w", "n", "look",
    "go up", "take key", "go up", "look", "take chest", "drop bread", "drop bread",
    "dance wildly", "", "go", "go north south", "d", "s", "inventory", "GO   EAST!",
]
for line in script:
    game.run(line)
print(game.moves, len(game.log), game.here)
print(sorted((name, sorted(r.items)) for name, r in game.rooms.items()))
words = sorted({w for msg in game.log for w in re.findall(r"\b[a-z]{5,}\b", msg)})
print(words[:12])
print(sorted(game.handlers, key=lambda k: (game.handlers[k].__name__, k)))
