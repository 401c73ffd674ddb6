# An f-string field's syntax error is on the field's line of the file (CPython 3.11's field parser counts from there).
import traceback
SOURCES = [
    "x = 1\ny = 2\nf'{*x}'\n",
    "x = 1\ny = 2\nf'{a b}'\n",
    "x = 1\nz = (3,\n  f'''{a b}''')\n",
    "x = 1\nz = f'''\n\n{a b}'''\n",
    "x = 1\nz = f'{a +}'\n",
    "x = 1\nz = f'{a!r:{b c}}'\n",
    "x = 1\n\nz = f'{lambda x: 1}'\n",
    "x = 1\nz = f'{a =}' f'{yield b c}'\n",
]
for source in SOURCES:
    try:
        compile(source, '<fuzz>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), str(e))
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
