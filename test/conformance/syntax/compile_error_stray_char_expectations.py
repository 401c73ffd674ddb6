# A stray ASCII character (`?`, `$`) is an ordinary operator token to CPython's parser: where a
# block or an `except` was expected, that expectation's error is reported, not "invalid syntax".
import traceback

CASES = [
    "try: a()\n?except E:\n  pass\n",
    "try: a()\n$x\n",
    "for n in x:\n    try: a()\n    ?except Z:\n        p\n",
    "if x:\n?x\n",
    "def f():\n?\n",
    "class A:\n$\n",
    "if x ?\n",
    "with a ?:\n pass\n",
    "try: a()\n\u00a7x\n",
    "if 1:\n    try: a()\n  ?x\n",
]

for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("".join(traceback.format_exception_only(type(e), e)), end="")
