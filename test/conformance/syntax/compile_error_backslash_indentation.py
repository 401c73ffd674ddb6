# A backslash met while CPython's tokenizer measures a line's indentation: a continuation it
# cannot make fails there (before any INDENT/DEDENT), the first backslash at a nonzero column
# fixes the indentation (one at column 0 does not), and a line of only a backslash starts a
# new line buffer for the error's text.
import traceback

CASES = [
    "x = 1\n \\",
    "x = 1\n \\\n",
    "x = 1\n\\",
    "if 1:\n  x = 1\n \\",
    "x = 1\n  \\ y\n",
    "x = 1\n  \\y\n",
    "if 1:\n  x = 1\n  \\\n",
    "x = 1\n  \\\ny = 2\n",
    "x = 1 \\\n  \\\n  y = 2\n",
    "x = 1\n\\\n  y = 2\n",
    "x = 1\n\\\n\\\n  y = 2\n",
    "x = 1\n\\\n \\\n  y = 2\n",
    "if 1:\n  x = 1\n\\\n  y = 2\n",
    "if 1:\n  x = 1\n \\\n  y = 2\n",
    "if 1:\n\tx = 1\n \\\n\ty = 2\n",
    "if 1:\n        x = 1\n\\\n\ty = 2\n",
    "if 1:\n  x = 1\n    \\\n  y = 2\n",
    "if 1:\n  x\n  \\\n  y\n",
]

for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("".join(traceback.format_exception_only(type(e), e)), end="")
