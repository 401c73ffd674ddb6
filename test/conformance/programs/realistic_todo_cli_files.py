# a todo CLI: argparse subcommands and errors, JSON storage under a temporary directory, pathlib and file modes
import argparse, json, os, sys, tempfile, pathlib, shutil, io
from contextlib import redirect_stdout, redirect_stderr
def build_parser():
    p = argparse.ArgumentParser(prog="todo", description="Manage tasks.")
    p.add_argument("-f", "--file", default="todo.json", help="storage file (default: %(default)s)")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add", help="add a task")
    a.add_argument("title", nargs="+")
    a.add_argument("--pri", type=int, choices=range(1, 4), default=2)
    sub.add_parser("list", help="list tasks").add_argument("--all", action="store_true")
    d = sub.add_parser("done"); d.add_argument("ids", type=int, nargs="*")
    return p
def run(argv, root):
    p = build_parser()
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with redirect_stdout(out), redirect_stderr(err):
        try:
            args = p.parse_args(argv)
            path = root / args.file
            tasks = json.loads(path.read_text()) if path.exists() else []
            if args.cmd == "add":
                tasks.append({"id": len(tasks) + 1, "title": " ".join(args.title), "pri": args.pri, "done": False})
                print(f"added #{len(tasks)}")
            elif args.cmd == "list":
                for t in sorted(tasks, key=lambda t: (t["done"], -t["pri"], t["id"])):
                    if t["done"] and not args.all: continue
                    print(f"[{'x' if t['done'] else ' '}] #{t['id']:<3} {'!' * t['pri']:<3} {t['title']}")
            elif args.cmd == "done":
                for i in args.ids:
                    if not 1 <= i <= len(tasks): raise SystemExit(f"no task {i}")
                    tasks[i - 1]["done"] = True
            if args.verbose: print(f"verbose={args.verbose} file={args.file}")
            path.write_text(json.dumps(tasks, indent=1))
        except SystemExit as e:
            code = e.code
    print(f"$ todo {' '.join(argv)}  -> exit {code!r}")
    if out.getvalue(): print(out.getvalue(), end="")
    if err.getvalue(): print("stderr:", err.getvalue(), end="")
root = pathlib.Path(tempfile.mkdtemp())
try:
    for argv in [["add", "buy", "milk"], ["add", "--pri", "3", "fix", "bug"], ["add", "--pri", "5", "x"], ["list"], ["done", "1"],
                 ["list", "--all"], ["-vv", "list"], ["done", "9"], [], ["--help"], ["add"], ["list", "--bogus"]]:
        run(argv, root)
    print(sorted(p.name for p in root.iterdir()), (root / "todo.json").stat().st_size > 0)
    data = json.loads((root / "todo.json").read_text())
    print(data[0])
    sub = root / "a" / "b"; sub.mkdir(parents=True); (sub / "f.txt").write_text("hi\nthere\n")
    print([str(p.relative_to(root)) for p in sorted(root.rglob("*"))], (sub / "f.txt").read_text().splitlines(), (sub / "f.txt").suffix, (sub / "f.txt").stem, sub.parent.name)
    with open(sub / "f.txt", "a+") as fh:
        fh.write("more\n"); fh.seek(0); print(repr(fh.read()), fh.tell(), fh.name.endswith("f.txt"), fh.mode)
    with open(sub / "f.txt") as fh:
        for i, line in enumerate(fh): print(i, repr(line))
    with open(sub / "b.bin", "wb") as fh: fh.write(bytes(range(10)))
    with open(sub / "b.bin", "rb") as fh: fh.seek(-3, 2); print(fh.read(), fh.tell())
    print(os.path.getsize(sub / "b.bin"), os.path.exists(sub / "nope"), os.path.splitext("a/b.tar.gz"), os.path.basename("/x/y.z"), os.path.join("a", "b", "../c"), os.path.normpath("a/./b/../c"))
    try:
        open(root / "missing.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, pathlib.Path(e.filename).name)
    try:
        sub.rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
finally:
    shutil.rmtree(root)
print(root.exists())
