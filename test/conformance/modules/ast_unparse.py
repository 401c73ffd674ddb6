# ast.unparse: the source CPython 3.11 writes back for parsed and hand-made trees.
import ast

snippets = [
    # precedence and parentheses
    'a + b * c', '(a + b) * c', 'a - (b - c)', '(a - b) - c', 'a ** b ** c', '(a ** b) ** c',
    '-a ** b', '(-a) ** b', 'not a == b', '(not a) == b', 'a and not b', 'not (a and b)',
    'a or b and c', '(a or b) and c', 'a and b and c', 'a or (b or c)', '(a or b) or c',
    'a if b else c', '(a if b else c) if d else e', 'a if (b if c else d) else e',
    'a if b else (c if d else e)', 'lambda: (yield)', '(lambda x: x)(1)', 'x = lambda: 1 if a else 2',
    'a < b < c', '(a < b) < c', 'a < (b < c)', 'a is not b', 'a not in b', 'x = (a, b)',
    'x = a, b', 'x = ()', 'x = (1,)', 'x = 1,', 'for x in (1, 2): pass', 'for (x, y) in z: pass',
    'f((a, b))', 'f(*args, **kw)', 'f(a, *b, c=1, **d)', 'f(x for x in y)', 'f((x for x in y), 1)',
    '(yield)', 'x = yield', 'x = yield a', 'x = yield from a', 'await x', 'await (a + b)',
    '(await x).y', '-(await x)', '~x', '-x', '+x', '- -x', 'not not x', '-(1)', '(-1) ** 2',
    '-1 ** 2', '2 ** -1', 'a @ b', 'a // b % c', 'a << b >> c', 'a | b ^ c & d', '(a | b) & c',
    '3 .real', '3.0.real', '(3).real', 'x[1:2]', 'x[1:2:3]', 'x[::2]', 'x[:]', 'x[a, b]',
    'x[(a, b)]', 'x[a:b, c]', 'x[()]', 'x[*a]', 'x[*a, b]', '*a, b = c', 'a, *b = c',
    '[*a, *b]', '{**a, "b": 1}', '{**(a or b)}', '{*a, *b}', 'print(*(a or b))',
    '(x := 1)', 'f(x := 1)', 'y = (x := 1)', '[y := f(x), y ** 2]', 'if (n := len(a)) > 10: pass',
    'a[b](c).d', '(a + b).c', '(a.b)(c)', 'f(a)(b)(c)', '(a)[b]',
    # literals
    'x = 1_000', 'x = 0xFF', 'x = 1e100', 'x = 1e400', 'x = -1e400', 'x = 1j', 'x = 1e400j',
    'x = 2.5+3j', 'x = ...', 'x = None', 'x = True', "x = b'bytes'", 'x = b"\\x00\'"',
    "x = 'single'", 'x = "double"', '''x = "it's"''', """x = 'say "hi"'""",
    '''x = 'both \\' and "' ''', 'x = "tab\\there"', 'x = "new\\nline"', 'x = "back\\\\slash"',
    'x = "\\x00\\x7f\\u200b\\U0001F600"', "x = u'unicode'", 'x = "é"', 'x = """"""',
    'x = [1, 2, 3]', 'x = []', 'x = {}', 'x = {1: 2, 3: 4}', 'x = {1, 2}', 'x = (1, 2, 3)',
    # f-strings
    'f"{x}"', 'f"{x!r}"', 'f"{x!s:>10}"', 'f"{x:{width}.{prec}}"', 'f"a{{b}}c"', "f'{x}\\n'",
    'f"{x}\'"', 'f"{x}\\"\'"', '''f"{'a'}"''', '''f'{"a"}' ''', '''f"{'a' + "b"}"''',
    'f"{ {1: 2} }"', 'f"{ {1, 2} }"', 'f"{(lambda: 1)()}"', 'f"{a if b else c}"',
    'f"{x = }"', 'f"{x=!r:^20}"', 'f"{f\'{y}\'}"', 'f"tab\\t{x}"', 'f""', "f'{x}' 'plain'",
    'f"{x:%Y-%m-%d}"', 'f"{(yield)}"', 'f"{a, b}"', 'f"{3 .real}"', 'f"{x!a}"',
    # statements
    'import a', 'import a.b as c, d', 'from . import x', 'from ..a import b as c, d',
    'from a import *', 'global a, b', 'del a, b[0], c.d', 'assert x', 'assert x, "msg"',
    'raise', 'raise E', 'raise E from None', 'return', 'x: int', 'x: int = 1', '(x): int = 1',
    'a.b: int', 'a[0]: int = 1', 'x += 1', 'x **= 2', 'x //= 3', 'x @= y', 'a = b = c',
    'pass', 'while x:\n    break\nelse:\n    continue',
    'if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass',
    'if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1',
    'for x in y:\n    pass\nelse:\n    pass', 'async def f():\n    async for x in y:\n        pass',
    'async def f():\n    async with a as b, c:\n        await d',
    'with a as (b, c), d as e.f, g:\n    pass', 'with (a, b):\n    pass',
    'try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass',
    'try:\n    pass\nexcept* E:\n    pass\nexcept* (A, B) as g:\n    pass',
    'try:\n    pass\nexcept* E:\n    try:\n        pass\n    except F:\n        pass',
    'def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a',
    'def f(a, b, /, c, *, d):\n    pass', 'def f(a=1, /, b=2):\n    pass', 'def f(*, a):\n    pass',
    'def f(a: int, *args: str, b: "x" = 1, **kw: dict):\n    pass', 'lambda a, /, b=1, *c, d, **e: 0',
    'lambda *a: a', 'lambda **k: k', 'lambda: 0',
    '@dec\n@dec2(1)\ndef f():\n    pass', '@a.b.c\nclass C:\n    pass',
    'class C(A, B, metaclass=M, **kw):\n    x = 1', 'class C():\n    pass',
    'def f():\n    """Doc."""\n    return 1', 'def f():\n    """"""', "def f():\n    '''It's \"quoted\"'''",
    'def f():\n    """Line one.\n\n    Line two with \\\\ backslash.\n    """',
    'class C:\n    "doc"\n    def m(self):\n        pass\n    x = 1',
    '"""module doc"""\nimport x', 'x = 1\n"""not a doc"""', 'def f():\n    "ends with quote\\""',
    'def f():\n    """has \'\'\' and \\"\\"\\" both"""', 'def f():\n    u"""u doc"""',
    'def outer():\n    def inner():\n        nonlocal x\n        x = 1\n    class K:\n        pass\n    return inner',
    'def g():\n    yield\n    yield x\n    y = yield from z\n    await q',
    # match
    'match x:\n    case 1:\n        pass\n    case "s" | b"b" | None | True:\n        pass',
    'match x:\n    case [a, *rest]:\n        pass\n    case (a, b):\n        pass\n    case []:\n        pass\n    case [*_]:\n        pass',
    'match x:\n    case {"k": v, **rest}:\n        pass\n    case {}:\n        pass\n    case {**r}:\n        pass',
    'match x:\n    case Point(x=0, y=yy) if yy > 0:\n        pass\n    case Point(1, 2, z=3):\n        pass\n    case P():\n        pass',
    'match x:\n    case (1 | 2) as n:\n        pass\n    case [1 | 2 as n]:\n        pass\n    case _:\n        pass',
    'match x:\n    case -1 | 1 + 2j | -1.5 - 3j:\n        pass\n    case a.b.c:\n        pass\n    case [(1 | 2) | 3]:\n        pass',
    'match x, y:\n    case a, b:\n        pass',
    # comprehensions
    '[x for x in y]', '[x for x in y if a if b]', '[(x, y) for x, y in z]', '{k: v for k, v in d.items()}',
    '{x for x in y}', '(x for x in y)', '[x async for x in y]', '[x for x in (lambda: y)()]',
    '[x for x in (a if b else c)]', '[x for x in y if (a if b else c)]', '[x for x in *a, *b]',
    '[[y for y in x] for x in z]',
]
for src in snippets:
    try:
        text = ast.unparse(ast.parse(src))
    except Exception as e:
        print(repr(src), '->', type(e).__name__, e)
    else:
        print(text)
        print('--')

# expressions and other modes
print(ast.unparse(ast.parse('a + b', mode='eval')))
print(ast.unparse(ast.parse('x = 1; y = 2', mode='single')))
print(repr(ast.unparse(ast.parse(''))))
print(ast.unparse(ast.parse('x', mode='eval').body))
print(ast.unparse([ast.parse('a = 1').body[0], ast.parse('b = 2').body[0]]))

# hand-made trees
def node(n, **kw):
    return ast.fix_missing_locations(n)

print(ast.unparse(ast.Constant(float('inf'))))
print(ast.unparse(ast.Constant(-float('inf'))))
print(ast.unparse(ast.Constant(float('nan'))))
print(ast.unparse(ast.Constant(complex(1, float('inf')))))
print(ast.unparse(ast.Constant((1, 'a', (2,)))))
print(ast.unparse(ast.Constant((1,))))
print(ast.unparse(ast.Constant(())))
print(ast.unparse(ast.Constant(...)))
print(ast.unparse(ast.Set(elts=[])))
print(ast.unparse(ast.Tuple(elts=[], ctx=ast.Load())))
print(ast.unparse(ast.Name('x', ast.Load())))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Name('c'))))
print(ast.unparse(ast.UnaryOp(ast.Not(), ast.BoolOp(ast.And(), [ast.Name('a'), ast.Name('b')]))))
print(ast.unparse(ast.Call(ast.Lambda(ast.arguments([], [], None, [], [], None, []), ast.Constant(1)), [], [])))
print(ast.unparse(ast.Expr(ast.NamedExpr(ast.Name('x'), ast.Constant(1)))))
print(ast.unparse(ast.JoinedStr([ast.Constant('a'), ast.FormattedValue(ast.Constant('q"\''), -1, None)])))
print(ast.unparse(ast.JoinedStr([ast.FormattedValue(ast.Dict([ast.Constant(1)], [ast.Constant(2)]), 114, None)])))
print(ast.unparse(ast.FunctionType([ast.Name('int'), ast.Name('str')], ast.Name('bool'))))
print(repr(ast.unparse(ast.Interactive([ast.Pass(), ast.Expr(ast.Name('a'))]))))
print(repr(ast.unparse(ast.Load())), repr(ast.unparse(ast.Add())))
print(ast.unparse(ast.MatchAs()))
print(ast.unparse(ast.MatchStar()))
print(ast.unparse(ast.MatchSingleton(None)))
print(ast.unparse(ast.Slice()))
print(ast.unparse(ast.Module([ast.Expr(ast.Constant('doc')), ast.Pass()], [])))
print(ast.unparse(ast.Module([], [])) == '')
for bad in [
    ast.Raise(exc=None, cause=ast.Name('x')),
    ast.YieldFrom(value=None),
    ast.JoinedStr([ast.Name('x')]),
    ast.JoinedStr([ast.FormattedValue(ast.Constant('\n'), -1, None)]),
    ast.Assign(targets=[ast.Name('x')], value=ast.Constant(1)),
]:
    try:
        print(ast.unparse(bad))
    except Exception as e:
        print(type(e).__name__, str(e).split(' <')[0])

# round trips parse back to the same tree
for src in ['x = (a + b) * -c ** d', 'f"{x!r:>{w}}" "tail"', 'def f(a, /, *, b=1): return a',
            'class C(B, metaclass=M):\n    "doc"\n    x: int = 1']:
    tree = ast.parse(src)
    print(ast.dump(ast.parse(ast.unparse(tree))) == ast.dump(tree))
