# The node classes: hierarchy, _fields/_attributes, docs, constructors and their errors, copies, pickling, match.
import ast, copy, pickle

print(type(ast.AST), ast.AST.__module__, ast.Name.__module__, ast.Name.__qualname__)
print(ast.Name.__mro__)
print(ast.Add.__mro__, ast.comprehension.__mro__, ast.ExceptHandler.__mro__)
for name in ['AST', 'mod', 'Module', 'stmt', 'FunctionDef', 'expr', 'Name', 'Constant', 'expr_context', 'Load',
             'operator', 'cmpop', 'comprehension', 'arguments', 'arg', 'keyword', 'alias', 'withitem',
             'match_case', 'pattern', 'MatchAs', 'excepthandler', 'type_ignore', 'TypeIgnore', 'slice']:
    cls = getattr(ast, name)
    print(name, cls._fields, cls._attributes, repr(cls.__doc__))
print(ast.Name.__match_args__, ast.Return.value, ast.expr.end_lineno, ast.Constant.kind)
print(sorted(k for k in ast.Return.__dict__ if not k.startswith('__')))
print(sorted(k for k, v in vars(ast).items() if isinstance(v, type) and issubclass(v, ast.AST)))
print(sorted(k for k in vars(ast) if k.startswith('PyCF_')))

n = ast.Name('x', ast.Load(), lineno=2, extra=5)
print(n.id, type(n.ctx).__name__, n.lineno, n.extra, n.end_lineno, n.__dict__.keys())
for make in [lambda: ast.Name().id, lambda: ast.Pass(1), lambda: ast.Name('x', 'y', 'z'), lambda: ast.Expr(1, 2),
             lambda: ast.Name('x', id='y'), lambda: ast.AST(1), lambda: ast.Load(1)]:
    try:
        make()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(ast.AST(a=1).a, ast.Load() is ast.Load())
t = ast.parse('x; y; z = x')
ctxs = [node.ctx for node in ast.walk(t) if isinstance(node, ast.Name)]
print(ctxs[0] is ctxs[1], ctxs[0] is ctxs[2], type(ctxs[2]).__name__)
print(ast.Name('x') == ast.Name('x'))

# Copies and pickles keep every field and attribute.
tree = ast.parse('def f(a=1):\n    return a + 2\n')
for dup in [copy.deepcopy(tree), pickle.loads(pickle.dumps(tree)), copy.copy(tree)]:
    print(ast.dump(dup, include_attributes=True) == ast.dump(tree, include_attributes=True), dup is tree)
print(ast.Name('q').__reduce__()[1:], ast.Name().__reduce__()[1:])

# match statements read nodes through __match_args__.
for node in ast.walk(ast.parse('a = b + 1\nprint(a)')):
    match node:
        case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(value)):
            print('add', id, value)
        case ast.Call(func=ast.Name(id=fn)):
            print('call', fn)

# Subclasses of node classes.
class MyName(ast.Name):
    pass
mn = MyName('s', ast.Load())
print(isinstance(mn, ast.expr), ast.dump(mn))
class Custom(ast.AST):
    _fields = ('a', 'b')
print(ast.dump(Custom(1, [ast.Pass()])), ast.dump(Custom(b=2)))
try:
    Custom(1, 2, 3)
except TypeError as e:
    print('TypeError', e)

# The 3.7-era classes, now Constant in disguise.
print(ast.dump(ast.Num(5)), ast.dump(ast.Str('s')), ast.dump(ast.Bytes(b'b')), ast.dump(ast.NameConstant(None)),
      ast.dump(ast.Ellipsis()))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant('s'), ast.Str),
      isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis), isinstance(5, ast.Num))
c = ast.Constant(3)
print(c.n, c.s)
c.n = 4
print(c.value, type(ast.Num(1)).__name__, ast.Num.__doc__)
print(ast.dump(ast.Index(ast.Constant(1))), ast.dump(ast.ExtSlice([ast.Constant(1)])))
print(ast.parse('a[1, 2]').body[0].value.slice.dims is not None)
try:
    ast.Num(1, n=2)
except TypeError as e:
    print('TypeError', e)
try:
    ast.unparse
    print('unparse defined')
except AttributeError:
    print('no unparse')
