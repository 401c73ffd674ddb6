# A string literal's deprecated escape ('\d', an octal escape past \377) is a DeprecationWarning
# of the parser, given once per literal (its first such escape) at the literal's first line, in the
# order the source is read; a filter that makes it an error gives a SyntaxError spanning the literal.
import warnings

CASES = [
    r'x = "\d"',
    r'x = b"\d"',
    r'x = "\d\q"',
    'x = ("a"\n "\\d"\n "\\q")',
    'x = """a\nb\n\\d"""',
    r'x = f"\d{1}"',
    r'x = f"{1}\d"',
    r'x = f"{1:\d}"',
    r'x = f"\d{1}\q"',
    r'x = f"\d\q{1}"',
    r'x = f"{1:\d}{2:\q}"',
    r'x = f"{1!r:{2:\d}}"',
    r'x = f"\d{{\q"',
    r'x = f"\d}}\q"',
    r'x = f"\d\{1}\q"',
    r'x = f"{{\d"',
    r'x = f"{1}\d{{\q{{\w"',
    r'x = f"\{6}"',
    r'x = "\{"',
    r'x = "\d" f"\q"',
    r'x = rb"\d" + r"\d" + rf"\d{1}"',
    r'x = "\400"',
    r'x = b"\400"',
    r'x = "\777" + "\0777"',
    r'x = b"\8\9"',
    r'x = "\8"',
    r'x = "\ "',
    'x = "\\\n"',
    'x = u"\\é"',
    'def f():\n    return "\\d"',
    r'x = "\d" if 1 else "\e"',
    'x = "\\d"\nif x is 1: pass',
    'x = 1if 1 else "\\d"',
    r'x = "\d" "\N{EM DASH}"',
    r'x = "\d" "\xZZ"',
    r'x = "\d" "\N{NO SUCH NAME}"',
    r'x = f"{1:\xZZ}"',
]

for src in CASES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            code = compile(src, 'f.py', 'exec')
            ns = {}
            exec(code, ns)
            result = repr(ns.get('x'))
        except Exception as e:
            result = f'{type(e).__name__}: {e}'
    print(repr(src), '->', result)
    for w in caught:
        print('   ', w.category.__name__, w.message, w.filename, w.lineno)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, 'f.py', 'exec')
        except SyntaxError as e:
            print('    as error:', e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))

# Ignored by the default filters (the module a warning names is the file's, never __main__).
with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.filterwarnings('default', category=DeprecationWarning, module='__main__')
    warnings.filterwarnings('ignore', category=DeprecationWarning)
    compile(r'x = "\d"', 'g.py', 'exec')
print(len(caught))
