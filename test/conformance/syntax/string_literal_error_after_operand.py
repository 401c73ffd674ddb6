# A string literal right after an operand (a missing comma or operator) is still built by
# CPython's error pass: its own error (an escape that does not decode, a bad f-string) wins
# over "invalid syntax" / "Perhaps you forgot a comma?".
import traceback

SOURCES = [
    r"x = 1 '\x1'",
    r"print(1 '\u12')",
    r"x = [1, 2 '\x1']",
    r"x = 1 'a' '\x1'",
    r"if 1 '\x1': pass",
    r"x = {1: 2 '\x1'}",
    r"x = (1 '\N{foo}')",
    "x = 1 b'\\xff' b'\u00e9'",
    r"x = 1 '''\x1'''",
    r"x = y '\x1'",
    r"y [1, '\x1']",
    "x = 1 f'{}'",
    "x = [1, 2 f'{*x}']",
    "x = 1 f'}'",
    "x = (1 f'{a b}')",
    "x = 1 f'{lambda x: 1}'",
    "x = y f'{}'",
    r"x = 1 2 '\x1'",
    r"def '\x1'(): pass",
    r"import '\x1'",
    "x = [1 'ok']",
    "print 'a'",
]

for source in SOURCES:
    try:
        compile(source + '\n', '<fuzz>', 'exec')
        print('compiled', source)
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
