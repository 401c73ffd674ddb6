# a logical line whose first physical line is only blanks and a backslash is indented as that first line
srcs = ["def f():\n    \\\n'''doc'''\n    return 1\n", "def f():\n    \\\n\n    pass\n", "if 1:\n  \\\n    x = 1\n  y = 2\n", "if 1:\n    x = 1\n\\\n    y = 2\n", "if 1:\n    x = 1\n  \\\n  \\\n    y = 2\n", "x = 1 + \\\n    2\n", "\\\nx = 1\n", "if 1:\n \\\n\tx = 1\n", "def g():\n\t\\\n        return 5\n"]
for s in srcs:
    try:
        ns = {}
        exec(compile(s, "<s>", "exec"), ns)
        print("ok", repr(s), ns.get('f', lambda: None)() if 'f' in ns else ns.get('x'))
    except SyntaxError as e:
        print(repr(s), "|", type(e).__name__, e.msg, e.lineno, e.offset)
