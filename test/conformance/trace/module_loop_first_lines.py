# The lines a module's code reports (dis.findlinestarts, co_lines) when it starts with a loop
# after a comment: the loop's set-up has no line of its own (3.11's module starts on line 0),
# so no line 1 appears, which coverage tools (trace --missing) would count as executable.
import dis

sources = [
    "# a comment\nfor i in range(2):\n    x = i\n",
    "# a comment\n\nwhile n:\n    n -= 1\n",
    "for i in range(2):\n    pass\n",
    "def f():\n    # inside\n    for i in range(2):\n        x = i\n",
]
for src in sources:
    co = compile(src, "m.py", "exec")
    print([line for _, line in dis.findlinestarts(co)])
    print(sorted({line for _, _, line in co.co_lines() if line is not None}))
    for const in co.co_consts:
        if hasattr(const, "co_code"):
            print(" ", const.co_name, [line for _, line in dis.findlinestarts(const)])
