"""A command-line todo tool driven with fixed argv lists: argparse subcommands, logging, shlex, string.Template."""
import argparse
import logging
import shlex
import sys
from string import Template
from dataclasses import dataclass, field

log = logging.getLogger("todo")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)-7s %(name)s:%(funcName)s: %(message)s"))
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


@dataclass
class Store:
    items: list = field(default_factory=list)
    next_id: int = 1


def build_parser():
    p = argparse.ArgumentParser(prog="todo", description="Track things to do.", exit_on_error=False)
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--format", choices=["plain", "table"], default="plain")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add", help="add an item")
    a.add_argument("text", nargs="+")
    a.add_argument("-p", "--priority", type=int, default=3, metavar="N")
    a.add_argument("--tag", action="append", default=[])
    d = sub.add_parser("done", help="complete items")
    d.add_argument("ids", type=int, nargs="*")
    d.add_argument("--all", action="store_true")
    ls = sub.add_parser("list")
    ls.add_argument("--min-priority", type=int, default=0, dest="minp")
    return p


ROW = Template("$mark #$id [$prio] $text${tags}")


def run(argv, store):
    parser = build_parser()
    try:
        ns = parser.parse_args(argv)
    except argparse.ArgumentError as e:
        log.error("bad arguments: %s", e)
        return 2
    except SystemExit as e:
        log.warning("parser exited with %s", e.code)
        return e.code
    log.setLevel(logging.DEBUG if ns.verbose >= 2 else logging.INFO if ns.verbose else logging.WARNING)
    log.debug("namespace %s", sorted(vars(ns).items()))
    if ns.cmd == "add":
        item = {"id": store.next_id, "text": " ".join(ns.text), "prio": ns.priority, "tags": ns.tag, "done": False}
        store.items.append(item)
        store.next_id += 1
        log.info("added #%d with %d tag(s)", item["id"], len(item["tags"]))
    elif ns.cmd == "done":
        targets = [i["id"] for i in store.items] if ns.all else ns.ids
        for t in targets:
            match [i for i in store.items if i["id"] == t]:
                case [item]:
                    item["done"] = True
                case []:
                    log.warning("no item #%s", t)
    elif ns.cmd == "list":
        rows = sorted((i for i in store.items if i["prio"] >= ns.minp), key=lambda i: (-i["prio"], i["id"]))
        for i in rows:
            tags = " " + " ".join("+" + t for t in i["tags"]) if i["tags"] else ""
            line = ROW.substitute(i, mark="x" if i["done"] else " ", tags=tags)
            print(line if ns.format == "plain" else f"| {line:<40} |")
    return 0


store = Store()
commands = [
    "add buy milk -p 5 --tag home",
    "-v add 'write report' --priority 4 --tag work --tag urgent",
    "-vv add call mom",
    "list",
    "--format table list --min-priority 4",
    "done 1 7",
    "-v done",
    "list",
    "add -p high x",
    "frobnicate",
    "--format fancy list",
    "done --all",
    "list --min-priority 4",
]
for c in commands:
    print(f"$ todo {c}")
    code = run(shlex.split(c), store)
    if code:
        print(f"  (exit {code})")
print(shlex.split('a "b c" d\\ e \'f g\''), shlex.quote("it's"), shlex.join(["a b", "c"]))
t = Template("$who owes $$${amount} (${who})")
print(t.substitute(who="Ann", amount=5), t.safe_substitute(who="Bo"), Template("$x $y").get_identifiers() if hasattr(Template, "get_identifiers") else "")
try:
    Template("$a and $b").substitute(a=1)
except KeyError as e:
    print("KeyError:", e)
print(build_parser().format_usage(), end="")
logging.getLogger("todo.sub").warning("child logger goes to root: %r", {"k": 1})
