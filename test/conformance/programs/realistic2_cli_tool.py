# A command-line note tool on argparse: subcommands, types, choices, defaults, mutually exclusive groups, help and error exits
import argparse
import sys
import io
import contextlib

def make_parser():
    p = argparse.ArgumentParser(prog="notes", description="Keep short notes.", epilog="Have fun.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--db", default="notes.db", metavar="PATH")
    sub = p.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add", help="add a note")
    add.add_argument("text", nargs="+")
    add.add_argument("-t", "--tag", action="append", default=[])
    add.add_argument("--priority", type=int, choices=range(1, 4), default=2)
    ls = sub.add_parser("list", help="list notes")
    g = ls.add_mutually_exclusive_group()
    g.add_argument("--all", action="store_true")
    g.add_argument("--tag")
    ls.add_argument("--limit", type=int, default=10)
    rm = sub.add_parser("rm", help="remove notes")
    rm.add_argument("ids", type=int, nargs="*")
    rm.add_argument("--force", action=argparse.BooleanOptionalAction, default=False)
    return p

NOTES = []
def run(argv):
    p = make_parser()
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = p.parse_args(argv)
    except SystemExit as e:
        print(f"$ notes {' '.join(argv)}  -> exit {e.code}")
        for line in (out.getvalue() + err.getvalue()).splitlines():
            print("   |", line)
        return
    print(f"$ notes {' '.join(argv)}  -> {vars(ns)}")
    if ns.cmd == "add":
        NOTES.append({"id": len(NOTES) + 1, "text": " ".join(ns.text), "tags": ns.tag, "prio": ns.priority})
    elif ns.cmd == "list":
        rows = [n for n in NOTES if ns.all or ns.tag is None or ns.tag in n["tags"]][: ns.limit]
        for n in rows:
            print(f"   {n['id']:>3} [{n['prio']}] {n['text']:<24} {','.join(n['tags'])}")
    elif ns.cmd == "rm":
        for i in ns.ids:
            print(f"   removing {i} (force={ns.force})")

run(["add", "buy", "milk", "-t", "home", "-t", "shop"])
run(["-vv", "add", "call mom", "--priority", "3"])
run(["add", "fix bug", "--tag=work", "--priority", "1"])
run(["list"])
run(["list", "--tag", "work"])
run(["list", "--all", "--limit", "1"])
run(["rm", "1", "2", "--force"])
run(["rm", "--no-force"])
run([])
run(["add"])
run(["add", "x", "--priority", "7"])
run(["add", "x", "--priority", "high"])
run(["list", "--all", "--tag", "x"])
run(["delete"])
run(["--db"])
run(["list", "--limit"])
run(["rm", "one"])
run(["list", "--bogus"])
run(["add", "--help"])
run(["-h"])
p = argparse.ArgumentParser(prog="calc")
p.add_argument("x", type=float)
p.add_argument("op", choices=["+", "-", "*", "/"])
p.add_argument("y", type=float)
p.add_argument("--precision", "-p", type=int, default=2)
ns = p.parse_args(["3", "/", "4", "-p", "3"])
print(ns, round(ns.x / ns.y, ns.precision))
ns, rest = p.parse_known_args(["1", "+", "2", "--extra", "v"])
print(ns, rest)
print(p.format_usage(), end="")
p.print_help()
print("now a real error, exit code 2:")
sys.stdout.flush()
p.parse_args(["1", "%", "2"])
