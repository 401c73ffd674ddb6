# Errors in an f-string replacement field spanning lines: CPython takes the field's column shift
# off every column of the error (so a range ending on a later line can be negative), quotes a
# line its field tokenizer read past without the newline, and shifts by the token's column
# when a newline follows the '{'.
import traceback

CASES = [
    "x = 1\nz = f'''{a +\n b c}'''\n",
    "z = f'''{a +\n b c}'''\n",
    "z = f'''{a b}'''\n",
    "z = f'''{a +\n b +\n c d}'''\n",
    "z = f'''x\n{a +\n b c}'''\n",
    "z = f'''{a\n b}'''\n",
    "z = f'''{a b\n + c}'''\n",
    "z = f'''{a +\n b c d}'''\n",
    "z = f'''{a,\n b c}'''\n",
    "z = f'''{a +\n  b c\n }'''\n",
    "z = f'''{a +\n $ c\n }'''\n",
    "z = f'''{\na\n  b c}'''\n",
    "z = f'''x\n{\na\n  b c}'''\n",
]

for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("".join(traceback.format_exception_only(type(e), e)), end="")
