# with `from __future__ import annotations`, yield, await and := in an annotation are SyntaxErrors (a lambda or comprehension body may hold them)
cases = [
    "x: (a := 5)\n",
    "x: (yield)\n",
    "def f():\n    x: (yield 1) = 2\n",
    "async def f():\n    x: await g()\n",
    "def f(a: (b := 1)): pass\n",
    "def f() -> (yield): pass\n",
    "def f(*a: (yield from x)): pass\n",
    "def f(**k: (a := 1), b: (yield)): pass\n",
    "class A:\n    x: (y := 1)\n",
    "x: lambda: (yield)\n",
    "x: [(y := 1) for z in w]\n",
    "x: [z for z in (yield)]\n",
    "x: int = (a := 5)\n",
    "(x): (a := 5)\n",
    "x.y: (yield)\n",
    "x[0]: (await y)\n",
]
for future in ("from __future__ import annotations\n", ""):
    for src in cases:
        try:
            compile(future + src, "s", "exec")
            print("OK", repr(src))
        except SyntaxError as e:
            print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
