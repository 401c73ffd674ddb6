# compile() of ast trees: parsed, transformed and hand-made ones, every mode, and the errors of bad trees.
import ast

tree = ast.parse("def f(a, b=2):\n    return a * b\nprint(f(3), f(3, 4))\n")
exec(compile(tree, '<ast>', 'exec'))
code = compile(tree, 'named.py', 'exec')
print(type(code).__name__, code.co_filename, code.co_name)
print(compile(tree, 'f', 'exec', ast.PyCF_ONLY_AST) is tree)
print(eval(compile(ast.parse('1 + 2 * 3', mode='eval'), '<e>', 'eval')))
exec(compile(ast.parse('x = 5', mode='single'), '<s>', 'single'))
exec(compile(ast.parse('x + 1', mode='single'), '<s>', 'single'))

# Transform, then run: every constant number doubled, `+` made `-`.
class Twice(ast.NodeTransformer):
    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Sub()
        return node

src = "print(10 + 3, [i + 1 for i in range(3)], {'k': 5})\n"
t = Twice().visit(ast.parse(src))
exec(compile(t, '<twice>', 'exec'))

# A module built by hand, with fix_missing_locations.
body = [
    ast.Assign(targets=[ast.Name('y', ast.Store())], value=ast.Constant(41)),
    ast.AugAssign(target=ast.Name('y', ast.Store()), op=ast.Add(), value=ast.Constant(1)),
    ast.FunctionDef(name='g', args=ast.arguments(posonlyargs=[], args=[ast.arg('n')], vararg=None, kwonlyargs=[],
                                                 kw_defaults=[], kwarg=None, defaults=[]),
                    body=[ast.Return(ast.BinOp(ast.Name('n', ast.Load()), ast.Mult(), ast.Constant(2)))],
                    decorator_list=[]),
    ast.If(test=ast.Compare(ast.Name('y', ast.Load()), [ast.Eq()], [ast.Constant(42)]),
           body=[ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('y is'), ast.Name('y', ast.Load())], []))],
           orelse=[]),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Call(ast.Name('g', ast.Load()), [ast.Constant(21)], [])], [])),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant((1, 2.5, 'x', None, frozenset({3})))], [])),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.JoinedStr([ast.Constant('v='), ast.FormattedValue(ast.Name('y', ast.Load()), 114, None)])], [])),
]
m = ast.fix_missing_locations(ast.Module(body=body, type_ignores=[]))
ns = {}
exec(compile(m, '<built>', 'exec'), ns)
print(sorted(k for k in ns if k != '__builtins__'))

# Errors raised where a traceback points: the tree's line numbers are used.
t = ast.parse("a = 1\nb = 0\nc = a / b\n")
try:
    exec(compile(t, 'div.py', 'exec'))
except ZeroDivisionError as e:
    import sys
    print('ZeroDivisionError', e, e.__traceback__.tb_next.tb_lineno)
ast.increment_lineno(t, 100)
try:
    exec(compile(t, 'div.py', 'exec'))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, e.__traceback__.tb_next.tb_lineno)

# Compile-time errors of valid trees are SyntaxErrors, as for source.
for src in ["return 1", "def f():\n    nonlocal q\n", "break", "def f():\n    x = 1\n    global x\n"]:
    try:
        compile(ast.parse(src), 'bad.py', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.filename, e.lineno)

def attempt(tree, mode='exec'):
    try:
        r = compile(tree, 'f', mode)
        print('compiled', type(r).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(' object at ')[0])

L = dict(lineno=1, col_offset=0)
def C(v):
    return ast.Constant(v, **L)
def mod(*stmts):
    return ast.Module(body=list(stmts), type_ignores=[])
attempt(mod(ast.Expr(ast.Name('x', ast.Load()))))
attempt(mod(ast.Expr(ast.Name('x', ast.Load()), **L)))
attempt(mod(ast.Expr(ast.Name('x', ast.Load(), **L), **L)))
attempt(mod(ast.Expr(ast.Name('x', ast.Store(), **L), **L)))
attempt(mod(ast.Assign([ast.Name('x', ast.Load(), **L)], C(1), **L)))
attempt(mod(ast.Delete([ast.Name('x', ast.Store(), **L)], **L)))
attempt(mod(ast.Assign([ast.Tuple([ast.Name('x', ast.Load(), **L)], ast.Store(), **L)], C(1), **L)))
attempt(mod(ast.Expr(C([1]), **L)))
attempt(mod(ast.Expr(C((1, [2])), **L)))
attempt(mod(ast.Expr(C(1), **L)))
attempt(mod(ast.Expr(ast.Name(5, ast.Load(), **L), **L)))
attempt(mod(ast.Expr(ast.Name('x', **L), **L)))
attempt(mod(ast.Expr(ast.Constant(1, kind=3, **L), **L)))
attempt(mod(ast.Expr(ast.Constant(1, lineno='a', col_offset=0), **L)))
attempt(mod(ast.Expr(ast.BinOp(C(1), ast.Add, C(2), **L), **L)))
attempt(mod(ast.Expr(ast.BinOp(C(1), ast.Load(), C(2), **L), **L)))
attempt(mod(ast.Expr(ast.Dict([None], [], **L), **L)))
attempt(mod(ast.Expr(ast.Compare(C(1), [], [], **L), **L)))
attempt(mod(ast.Expr(ast.Compare(C(1), [ast.Lt()], [C(2), C(3)], **L), **L)))
attempt(mod(ast.If(C(1), [], [], **L)))
attempt(mod(ast.While(C(1), [], [], **L)))
attempt(mod(ast.Try([ast.Pass(**L)], [], [], [], **L)))
attempt(mod(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, [C(1)]), [ast.Pass(**L)], [], **L)))
attempt(mod(ast.FunctionDef('f', ast.arguments([], [], None, [ast.arg('k', **L)], [], None, []), [ast.Pass(**L)], [], **L)))
attempt(mod(ast.Expr(None, **L)))
attempt(mod(ast.Name('x', ast.Load())))
attempt(mod(ast.Name('x', ast.Load(), **L)))
attempt(mod(1))
attempt(ast.Module(body=ast.Pass(), type_ignores=[]))
attempt(ast.Module(body=[]))
attempt(ast.Module(body=[], type_ignores=[]))
attempt(ast.Expression(body=C(1)), 'eval')
attempt(ast.Expression(body=C(1)), 'exec')
attempt(ast.Module(body=[], type_ignores=[]), 'eval')
attempt(ast.Name('x', ast.Load()))
try:
    compile(5, 'f', 'exec')
except TypeError as e:
    print('TypeError', e)
try:
    compile('x', 'f', 'exec', 0x12345678)
except ValueError as e:
    print('ValueError', e)
print(type(compile('x', 'f', 'exec', ast.PyCF_ONLY_AST)).__name__)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
attempt(mod(ast.ImportFrom(None, [ast.alias('x', **L)], None, **L)))
attempt(mod(ast.ImportFrom('os', [ast.alias('sep', **L)], None, **L)))
