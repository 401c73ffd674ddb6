# Text adventure state machine driven by a command list
from enum import Enum, auto
import textwrap


class State(Enum):
    EXPLORING = auto()
    FIGHTING = auto()
    DEAD = auto()
    WON = auto()


ROOMS = {
    "hall": {"desc": "A long hall with portraits staring at you. Doors lead north and east.",
             "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty shelves. A locked chest sits in the corner.",
                "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "It smells of old bread. A troll guards the cellar door to the down.",
                "exits": {"west": "hall", "down": "cellar"}, "items": ["knife"], "monster": "troll"},
    "cellar": {"desc": "Treasure glitters in the dark!", "exits": {"up": "kitchen"}, "items": ["gold"]},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = State.EXPLORING
        self.hp = 10
        self.monster_hp = {"troll": 6}
        self.log = []
        self.turns = 0

    def say(self, msg):
        for line in textwrap.wrap(msg, width=40):
            self.log.append("  " + line)

    def handle(self, command):
        self.turns += 1
        verb, _, obj = command.partition(" ")
        handler = getattr(self, f"do_{verb}", None)
        if self.state in (State.DEAD, State.WON):
            self.say("The game is over.")
            return
        if handler is None:
            self.say(f"I don't know how to {verb!r}.")
            return
        handler(obj)

    def do_look(self, _):
        room = ROOMS[self.room]
        self.say(room["desc"])
        if room["items"]:
            self.say("You see: " + ", ".join(room["items"]))

    def do_go(self, direction):
        if self.state is State.FIGHTING:
            self.say("The troll blocks your way!")
            return
        room = ROOMS[self.room]
        if direction not in room["exits"]:
            self.say(f"You can't go {direction}.")
            return
        self.room = room["exits"][direction]
        self.say(f"You go {direction} to the {self.room}.")
        if ROOMS[self.room].get("monster") and self.monster_hp.get(ROOMS[self.room]["monster"], 0) > 0:
            self.state = State.FIGHTING
            self.say("A troll attacks!")
        if self.room == "cellar":
            self.state = State.WON
            self.say("You found the treasure. You win!")

    def do_take(self, item):
        items = ROOMS[self.room]["items"]
        if item == "all":
            taken, items[:] = items[:], []
            self.inventory.extend(taken)
            self.say(f"Taken: {', '.join(taken) or 'nothing'}")
        elif item in items:
            items.remove(item)
            self.inventory.append(item)
            self.say(f"Taken: {item}")
        else:
            self.say(f"No {item} here.")

    def do_inventory(self, _):
        self.say("You carry: " + (", ".join(sorted(self.inventory)) or "nothing"))

    def do_attack(self, target):
        if self.state is not State.FIGHTING:
            self.say("There is nothing to attack.")
            return
        damage = 3 if "knife" in self.inventory else 1
        self.monster_hp[target] -= damage
        self.say(f"You hit the {target} for {damage}. It has {self.monster_hp[target]} hp left.")
        if self.monster_hp[target] <= 0:
            self.state = State.EXPLORING
            self.say(f"The {target} flees!")
            ROOMS[self.room].pop("monster")
        else:
            self.hp -= 4
            self.say(f"The {target} hits you back. You have {self.hp} hp.")
            if self.hp <= 0:
                self.state = State.DEAD
                self.say("You die.")


commands = ["look", "take lamp", "go north", "look", "take all", "inventory", "go south",
            "go east", "go west", "attack troll", "dance", "go west", "take knife", "attack troll",
            "attack troll", "look", "go down", "look"]
g = Game()
for c in commands:
    g.log.clear()
    g.handle(c)
    print(f"> {c}  [{g.state.name}, hp={g.hp}]")
    print("\n".join(g.log))
print(g.turns, g.state, repr(g.state), State(3), list(State)[1:])
print({s: s.value for s in State})
