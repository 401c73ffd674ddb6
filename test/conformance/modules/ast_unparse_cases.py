# ast.unparse: precedence and parentheses, strings and f-strings, docstrings, statements, patterns, hand-built trees.
import ast

EXPRESSIONS = [
    'a + b * c', '(a + b) * c', 'a - (b - c)', '(a - b) - c', 'a ** b ** c', '(a ** b) ** c', '-a ** b', '(-a) ** b',
    'not a == b', '(not a) == b', 'a or b and c or d', '(a or b) and c', 'a if b else c if d else e', '(a if b else c) if d else e',
    'lambda: 0', 'lambda x, *y, z=1, **w: (x, y)', '(lambda: 1)()', 'x := 5', '(y := f(x))', '[y := 1, y ** 2]',
    'a[1:2, ::3]', 'a[()]', 'a[(1, 2)]', 'a[b, *c]', 'f(*args, **kw, k=1)', 'f(x for x in y)', 'f((x for x in y), 1)',
    '(1).real', '1.5.real', 'True.real', '(-1) .real', '{**a, "b": 1}', '{*a, *b}', '{*()}', '[*a, *b]', '()', '(1,)', '1, 2',
    '[x for x in y if x if not x async for z in w]', '{k: v for k, v in items}', '{x for x in (yield)}', 'await x ** 2',
    '(yield)', '(yield x)', '(yield from g)', 'a < b <= c != d is not e not in f', '~a & b | c ^ d << 2 >> 1',
    'a @ b // c % d', '+a - -b', 'a.b.c(d)[e]', '1e500', '-1e500j', '1e500 - 1e500', '0x1F', '1_000', '3j', '...', 'None',
    "'it''s'", '"say \\"hi\\""', "'tab\\there\\nnl'", "'''both ' and \"'''", "b'\\x00\\xff'", "u'text'", "'\\u2ffc'", "'é'",
    'f"{x}"', "f'{x!r:>{w}}'", 'f"{x:%H:%M}"', "f'{a}{{literal}}{b!s}'", 'f"{\'q\'}"', 'f"{x}\\n"', 'f"{ {1: 2}[1] }"',
    "f'{x}' f\"{y}'\"", 'f"""{x}\n{y}"""', "f'{lambda: 1}'", 'f"{a if b else c}"', "f'{(yield)}'",
]
for src in EXPRESSIONS:
    try:
        tree = ast.parse(src, mode='eval')
        out = ast.unparse(tree)
        again = ast.unparse(ast.parse(out, mode='eval'))
        print(f'{src!r:40} -> {out}' + ('' if again == out else f'   [reparsed: {again}]'))
    except (SyntaxError, ValueError) as e:
        print(f'{src!r:40} !! {type(e).__name__}: {e}')

MODULE = '''
"""Module docstring with "quotes" and \\'s."""
from __future__ import annotations
import os.path as osp, sys
from ..pkg import (a as b, c)
x: int
(y): list[int] = []
z = w = 1, 2
a, *b = c
del a[0], b.c
global g
@deco(1)
@other.attr
class C(Base, metaclass=M, **kw):
    \'\'\'Class doc ending in quote"\'\'\'
    attr: ClassVar[int] = 3
    def m(self, a, /, b=2, *, c, d=4, **e) -> 'C':
        nonlocal q
        return
    async def am(self):
        async with a as b, c:
            async for i in aiter():
                await i
        return [i async for i in x]
def gen():
    yield
    x = yield 1
    yield from range(3)
    return (yield)
for i, j in pairs:
    if i: continue
    elif j: break
    else: pass
else:
    print("done")
while not done:
    i += 1
    i **= 2
else:
    pass
try:
    risky()
except (A, B) as e:
    raise C("x") from e
except D:
    raise
else:
    ok()
finally:
    cleanup()
try:
    f()
except* ValueError as eg:
    pass
with open(p) as f, g() as (h, i):
    pass
assert x, "message"
match command.split():
    case [action]:
        pass
    case [action, obj] if obj:
        pass
    case Point(x=0, y=0) | Point(1, 2, z=3):
        pass
    case {"k": 1, **rest}:
        pass
    case {1: _, "b": [1, *others]}:
        pass
    case (1 | 2) as num:
        pass
    case [*_, last] | last:
        pass
    case -1 | 1.5 | -2j | "s" | b"b" | None | True:
        pass
    case a.b.c:
        pass
    case _:
        pass
if a:
    pass
else:
    if b:
        pass
    x = 1
'''
tree = ast.parse(MODULE)
text = ast.unparse(tree)
print(text)
print(ast.dump(ast.parse(text)) == ast.dump(tree))

# hand-built trees and odd inputs
print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Add(), ast.BinOp(ast.Constant(2), ast.Mult(), ast.Name('x')))))
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name('a'), ast.Add(), ast.Name('b')), ast.Mult(), ast.Name('c'))))
print(ast.unparse(ast.Constant((1, 'two', (3.0, float('inf')), float('nan')))), ast.unparse(ast.Constant(2.5, kind='u')))
print(ast.unparse(ast.Tuple([ast.Name('a')], ast.Load())), ast.unparse(ast.Set([])), ast.unparse(ast.Load()) == '')
print(ast.unparse([ast.Pass(), ast.Break()]), repr(ast.unparse(ast.Module([], []))))
print(ast.unparse(ast.parse('1 + 2', mode='eval')), '|', ast.unparse(ast.parse('x = 1', mode='single')))
print(ast.unparse(ast.arguments(posonlyargs=[], args=[ast.arg('a')], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=ast.arg('kw'), defaults=[])))
print(ast.unparse(ast.comprehension(ast.Name('x'), ast.Name('y'), [], 1)))
for bad in [ast.Raise(exc=None, cause=ast.Name('x')), ast.YieldFrom(value=None),
            ast.JoinedStr([ast.Name('x')]), ast.FormattedValue(ast.Constant('\\n'), -1, None)]:
    try:
        print(ast.unparse(bad))
    except ValueError as e:
        print('ValueError:', str(e).split(' object at ')[0])
try:
    ast.unparse('x + 1')
except AttributeError as e:
    print('AttributeError:', e)
fs = ast.parse("f'{x}'", mode='eval').body
fs.values.append(ast.Constant("'\"''' and \"\"\"\n"))
print(ast.unparse(fs))
