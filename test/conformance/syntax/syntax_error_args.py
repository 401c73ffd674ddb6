# SyntaxError.args: the parser's and compiler's errors carry (msg, (file, line, col, text, end line, end col));
# the symbol table's and the future statements' only (msg,), their location being attributes
import traceback
srcs = ["def f(a, a): pass", "[(yield) for x in y]", "def f():\n  from m import *", "[x for x in (y := [1])]",
        "[[(i := 1) for j in y] for i in z]", "class C:\n  [(x := 1) for y in z]", "x: int\nglobal x",
        "def f(x):\n  nonlocal x", "def f():\n  x = 1\n  global x", "def f():\n  nonlocal y", "nonlocal x",
        "__debug__ = 1", "del __debug__", "def f(__debug__): pass", "return", "await x", "continue", "f(a=1, a=2)",
        "from __future__ import braces", "from __future__ import annotations, nope", "x = 1\nfrom __future__ import division",
        "x = (1 +", "x = 1 +* 2", "f(**a, *b)"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "|", repr(e), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("   ", traceback.format_exception_only(e)[-1], end="")
