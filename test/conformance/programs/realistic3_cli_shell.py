# A notes CLI: argparse subcommands (parsed from lists), a cmd.Cmd shell fed from a script, logging.
import argparse
import cmd
import io
import logging
import shlex
import sys

log = logging.getLogger("notes")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)-7s] %(name)s.%(funcName)s: %(message)s"))
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False

NOTES = {}


def build_parser():
    p = argparse.ArgumentParser(prog="notes", description="Keep short notes.", exit_on_error=False)
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="add a note", exit_on_error=False)
    add.add_argument("title")
    add.add_argument("body", nargs="+")
    add.add_argument("--tag", action="append", default=[], choices=["work", "home", "misc"])
    add.add_argument("--priority", type=int, default=3, metavar="N")
    ls = sub.add_parser("list", help="list notes", exit_on_error=False)
    ls.add_argument("--sort", choices=["title", "priority"], default="title")
    ls.add_argument("--limit", type=int)
    rm = sub.add_parser("rm", help="remove a note", exit_on_error=False)
    rm.add_argument("title")
    return p


def run(argv):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except argparse.ArgumentError as e:
        log.error("bad arguments: %s", e)
        return 2
    log.debug("args=%s", sorted(vars(args).items()))
    if args.command == "add":
        NOTES[args.title] = {"body": " ".join(args.body), "tags": args.tag, "priority": args.priority}
        log.info("added %r (%d words)", args.title, len(args.body))
    elif args.command == "list":
        key = (lambda kv: kv[0]) if args.sort == "title" else (lambda kv: (kv[1]["priority"], kv[0]))
        for title, note in sorted(NOTES.items(), key=key)[:args.limit]:
            print(f"  {title:<10} p{note['priority']} {','.join(note['tags']) or '-':<10} {note['body']}")
    elif args.command == "rm":
        if NOTES.pop(args.title, None) is None:
            log.warning("no note called %r", args.title)
            return 1
    return 0


for argv in (["add", "shop", "milk", "eggs", "--tag", "home"],
             ["-vv", "add", "deploy", "ship", "v2", "--tag", "work", "--tag", "misc", "--priority", "1"],
             ["add", "idea", "tpy", "--priority", "x"],
             ["add", "t", "b", "--tag", "garden"],
             ["list"], ["list", "--sort", "priority", "--limit", "1"], ["rm", "nothing"], ["rm", "shop"], ["list"]):
    print(f"$ notes {shlex.join(argv)} -> exit {run(argv)}")

help_text = build_parser().format_help()
print(help_text.splitlines()[0])
print("\n".join(l for l in help_text.splitlines() if l.strip().startswith(("add", "list", "rm", "-h", "-v"))))
print(build_parser().format_usage().strip())


class Shell(cmd.Cmd):
    prompt = "(notes) "
    intro = "notes shell; type help"

    def do_add(self, arg):
        """add TITLE TEXT...: add a note"""
        parts = shlex.split(arg)
        if len(parts) < 2:
            print("*** need a title and text")
            return
        run(["add", *parts])

    def do_list(self, arg):
        """list: show notes"""
        run(["list", *shlex.split(arg)])

    def do_count(self, arg):
        print(len(NOTES), "notes")

    def complete_add(self, text, line, begidx, endidx):
        return [t for t in NOTES if t.startswith(text)]

    def do_quit(self, arg):
        """quit: leave"""
        print("bye")
        return True

    def default(self, line):
        print(f"*** unknown: {line!r}")

    def emptyline(self):
        print("(empty line ignored)")

    def precmd(self, line):
        return line.strip()

    def postcmd(self, stop, line):
        if line and not stop:
            log.debug("ran %r", line.split()[0])
        return stop


script = io.StringIO('add "todo list" write tests\nadd x\n\nlist --sort priority\nfrobnicate 1\ncount\nhelp add\nhelp\nquit\nlist\n')
sh = Shell(stdin=script, stdout=sys.stdout)
sh.use_rawinput = False
sh.cmdloop()
print(sh.completenames("c"), sh.complete_add("to", "add to", 4, 6), sorted(NOTES))
logging.getLogger("notes.child").warning("child logger with no handlers of its own")
log.setLevel(logging.WARNING)
log.info("suppressed")
log.critical("done: %d notes", len(NOTES))
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), log.getEffectiveLevel(), log.isEnabledFor(logging.INFO))
