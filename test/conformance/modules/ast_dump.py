# ast.parse + ast.dump: CPython's trees and positions (UTF-8 byte columns), dump's options, parse modes and errors.
import ast

SOURCES = [
    "x = 1 + 2 * 3",
    "print(f'{x!r:>{w}} and {y=}', *a, k=1, **kw)",
    "async def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    'doc'\n    async for i in y:\n        await z\n    async with a as b, c:\n        yield\n",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 1\n    (y): str\n    def m(self): return [i async for i in self if i]\n",
    "match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case -1 | 1+2j | 'a' 'b': pass\n    case (a as b) if b > 0: pass\n    case True: pass\n",
    "try:\n    pass\nexcept* E as e:\n    pass\nfinally:\n    pass",
    "try:\n    1\nexcept (A, B):\n    2\nelse:\n    3\nfinally:\n    4",
    "with (a as b, c as d):\n    pass",
    "lambda x, *y, z=1, **w: (x, y)",
    "a[1:2, ::3, ...] = b[c:=1]",
    "del a, b[0], c.d\nglobal g\nx += 1\nassert x, 'm'\nraise E from F",
    "from . import a as b, c\nfrom ..x.y import *\nimport os.path as p, sys",
    "{k: v for k, v in d.items()}; {x for x in s}; (x for x in y); {**a, 'b': 1}",
    "a if b else c; not a and b or c; a < b <= c is not d not in e; -a; ~b; +c",
    "é = ñ('ü', k=ß) + f'ä{ö}ü'",
    "s = 'a' 'b' \\\n  'c'\nb = b'\\x00' rb'\\n'\nu = u'x'",
    "x = 0x1f + 1_000 + 1e10 + 1.5j + 10**100 + 1e400",
    "while 1:\n    break\nelse:\n    continue\nif a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "def f():\n    nonlocal n\n    return\n",
    "(a, b), [c, *d] = e = f",
]
for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))

tree = ast.parse("def f(x):\n    return x + 1\n")
print(ast.dump(tree, indent=4))
print(ast.dump(tree, indent='\t', annotate_fields=False))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree.body[0].args, indent=0))
print(ast.dump(ast.parse('1 + x', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = 1; y', mode='single')))
print(ast.dump(ast.parse(b'x = "\xc3\xa9"', filename='f.py'), include_attributes=True))
print(ast.dump(ast.parse('if x:\r\n    y\r\n'), include_attributes=True))
print(ast.dump(ast.parse('')))

# dump of hand-made nodes: missing fields, None fields, other values.
print(ast.dump(ast.Name()))
print(ast.dump(ast.Name(id='x')))
print(ast.dump(ast.Constant(value=None)))
print(ast.dump(ast.Return(value=None)))
print(ast.dump(ast.Constant(1, 'u')))
print(ast.dump(ast.Constant([1, 'two']), annotate_fields=False))
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)), annotate_fields=False))
print(ast.dump(ast.Raise(cause=ast.Name('c', ast.Load())), annotate_fields=False))
print(ast.dump(ast.Expr(ast.Constant(1), lineno=3, col_offset=4), include_attributes=True))
print(ast.dump(ast.Expr(ast.Constant(1), lineno=3, end_lineno=None), include_attributes=True))
for bad in [1, 'x', [ast.Pass()], None]:
    try:
        ast.dump(bad)
    except TypeError as e:
        print('TypeError', e)

# Syntax errors are the compiler's own.
for src in ["x = (", "def f(:\n", "f'{'", "a = 1 = 2", "if x:\npass", "\tx\n y", "1 +\n", "return"]:
    try:
        ast.parse(src)
        print('parsed', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, (e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset))
try:
    ast.parse("x = (", filename='<mine>')
except SyntaxError as e:
    print(e)
for mode in ['bad']:
    try:
        ast.parse('x', mode=mode)
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__)
for src in [5, None, ['x']]:
    try:
        ast.parse(src)
    except TypeError as e:
        print('TypeError', e)
