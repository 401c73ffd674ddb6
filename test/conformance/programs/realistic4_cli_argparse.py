# An argparse CLI run on fixed argv lists: help to stdout, usage errors (exit code 2) to
# stderr captured through redirect_stderr, subparsers, mutually exclusive groups, types,
# choices, nargs, actions (count, append, store_const, version), defaults and namespaces.
import argparse
import contextlib
import io
import sys


def positive(text):
    v = int(text)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"{v} is not positive")
    return v


def build():
    p = argparse.ArgumentParser(prog="todo", description="Manage a todo list.",
                                epilog="Exit status is 0 on success.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--version", action="version", version="%(prog)s 1.2")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_const", const="json", dest="fmt", help="JSON output")
    fmt.add_argument("--csv", action="store_const", const="csv", dest="fmt", help="CSV output")
    sub = p.add_subparsers(dest="cmd", title="commands", metavar="COMMAND")
    add = sub.add_parser("add", help="add a task")
    add.add_argument("title", nargs="+", help="task words")
    add.add_argument("-p", "--priority", type=int, choices=range(1, 4), default=2)
    add.add_argument("-t", "--tag", action="append", default=[], metavar="TAG")
    ls = sub.add_parser("list", help="list tasks", aliases=["ls"])
    ls.add_argument("--limit", type=positive, default=10)
    ls.add_argument("--done", action=argparse.BooleanOptionalAction, default=None)
    rm = sub.add_parser("rm", help="remove tasks")
    rm.add_argument("ids", nargs="*", type=int)
    rm.add_argument("--all", action="store_true")
    return p


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = build().parse_args(argv)
        except SystemExit as e:
            code = e.code
            ns = None
    print(f"$ todo {' '.join(argv)}  -> exit {code}")
    if ns is not None:
        print("  ", sorted(vars(ns).items()))
    for line in out.getvalue().splitlines():
        print("  out|", line)
    for line in err.getvalue().splitlines():
        print("  err|", line)


for argv in [["add", "buy", "milk", "-p", "3", "-t", "home", "-t", "shop"],
             ["-vv", "--json", "ls", "--limit", "5", "--no-done"],
             ["list", "--done"],
             ["rm", "1", "2", "3"],
             ["rm", "--all"],
             ["--json", "--csv", "ls"],
             ["add"],
             ["add", "x", "-p", "7"],
             ["ls", "--limit", "-3"],
             ["ls", "--limit", "abc"],
             ["frob"],
             ["--version"],
             ["-h"],
             ["add", "--help"],
             ["ls", "--unknown"],
             []]:
    run(argv)

p = argparse.ArgumentParser(prog="calc", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("nums", nargs=2, type=float, metavar="N")
p.add_argument("--op", choices=["add", "mul"], default="add", help="operation")
p.add_argument("--scale", type=float, default=1.0, help="multiply the result")
p.print_help()
ns = p.parse_args(["3", "4.5", "--op", "mul"])
print(ns, ns.nums[0] * ns.nums[1] * ns.scale)
ns, extra = p.parse_known_args(["1", "2", "--color", "red"])
print(ns, extra)
print(p.format_usage(), end="")
ns = argparse.Namespace(a=1)
print(ns, "a" in ns, ns == argparse.Namespace(a=1))
p2 = argparse.ArgumentParser(prog="x", exit_on_error=False)
p2.add_argument("--n", type=int)
try:
    p2.parse_args(["--n", "q"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name)
p3 = argparse.ArgumentParser(prog="pfx", fromfile_prefix_chars="@", prefix_chars="-+")
p3.add_argument("+x", action="store_true")
p3.add_argument("-y", nargs="?", const="C", default="D")
print(p3.parse_args(["+x"]), p3.parse_args(["-y"]), p3.parse_args(["-y", "val"]))
try:
    p3.add_argument("+x")
except argparse.ArgumentError as e:
    print("conflict:", e)
