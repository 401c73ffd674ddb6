# ast helpers at their edges: parse options, literal_eval errors, dump layouts, locations, visitors, old node classes
import ast

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).split(' object at 0x')[0])

print(ast.dump(ast.parse('x', feature_version=(3, 11))), ast.dump(ast.parse('x', feature_version=11)))
print(ast.dump(ast.parse('1 +', mode='eval')) if False else 'skip')
check(lambda: ast.parse('x = (', filename='f.py'))
for text in ['1', '-1', '+1.5', '1+2j', '-1-2j', '(1, [2, {3: 4}], {5})', 'set()', "b'x'", 'None', 'True',
             '  \t 7', '-(1)', '1+1', '2j+1', 'x', 'f(1)', 'set([1])', '--1', '1 + -2j', "{'a': 1, **b}",
             '[1, 2][0]', '...', '0x10', "'a' 'b'", '1 if 1 else 2', '\n1']:
    check(lambda: ast.literal_eval(text))
check(lambda: ast.literal_eval(ast.Expression(body=ast.Constant(3))))
check(lambda: ast.literal_eval(ast.Constant(4)))
check(lambda: ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[])))
check(lambda: ast.literal_eval(ast.Name('x', ast.Load(), lineno=7)))
check(lambda: ast.literal_eval(5))

tree = ast.parse('def f(a, *, b=1):\n    """Doc.\n\n       more"""\n    return a + b\n')
print(ast.dump(tree, indent=2))
print(ast.dump(tree.body[0].args, annotate_fields=False))
print(ast.dump(tree.body[0].body[1], include_attributes=True, indent='..'))
print(ast.dump(ast.Constant(1, kind='u')), ast.dump(ast.Name()), ast.dump(ast.BinOp(left=ast.Constant(1))), ast.dump([], indent=0) if False else '')
print(ast.dump(ast.Raise(), annotate_fields=False), ast.dump(ast.Call(ast.Name('f'), [], [])), ast.dump(ast.List(elts=[ast.Constant(1)]), indent=0))
check(lambda: ast.dump('x'))
print(ast.get_docstring(tree.body[0]), repr(ast.get_docstring(tree.body[0], clean=False)), ast.get_docstring(tree))
check(lambda: ast.get_docstring(tree.body[0].body[1]))
print(ast.get_docstring(ast.parse('"""  m\n  x"""')), ast.get_docstring(ast.parse('class C: 1')), ast.get_docstring(ast.parse('b"x"')))

src = 'x = [1,\n     2]\ny = "é"+\\\n  z\nif a:\r\n    pass\n'
mod = ast.parse(src)
for node in ast.walk(mod):
    if isinstance(node, (ast.List, ast.BinOp, ast.Constant, ast.If)):
        print(type(node).__name__, repr(ast.get_source_segment(src, node)), repr(ast.get_source_segment(src, node, padded=True)))
print(ast.get_source_segment(src, ast.Name('q')), ast.get_source_segment(src, ast.Name('q', lineno=1, col_offset=0, end_lineno=None, end_col_offset=1)))

n = ast.Name('a', ast.Load())
print([type(x).__name__ for x in ast.walk(ast.parse('f(a, b=[c])'))])
print(list(ast.iter_fields(ast.Name())), [type(c).__name__ for c in ast.iter_child_nodes(ast.parse('a + b', mode='eval').body)])
new = ast.copy_location(ast.Name('b'), ast.Name('a', lineno=3, col_offset=4, end_lineno=None))
print(new.lineno, new.col_offset, new.end_lineno, hasattr(new, 'end_col_offset'))
print(ast.copy_location(ast.Name('b'), ast.Constant(1)).__dict__)
t = ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, lineno=5, col_offset=2), ast.Add(), ast.Name('x', ast.Load(), end_lineno=9)))], [])
ast.fix_missing_locations(t)
for node in ast.walk(t):
    print(type(node).__name__, [getattr(node, a, '-') for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')])
t2 = ast.parse('a\nb + c')
t2.body[1].value.end_lineno = None
ast.increment_lineno(t2, 10)
for node in ast.walk(t2):
    print(type(node).__name__, getattr(node, 'lineno', '-'), getattr(node, 'end_lineno', '-'))
ti = ast.Module([], [ast.TypeIgnore(lineno=2, tag='')])
print(ast.increment_lineno(ti, 3).type_ignores[0].lineno, ast.increment_lineno(ast.Name('x')).__dict__)

class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'drop':
            return None
        if node.id == 'many':
            return [ast.Name('m1'), ast.Name('m2')]
        node.id = node.id.upper()
        return node
    def visit_Expr(self, node):
        self.generic_visit(node)
        return node if hasattr(node, 'value') else None

tree = ast.parse('f(a, drop, many)\ndrop\nx = y')
tree = Renamer().visit(tree)
print(ast.dump(tree))

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append(node.id)
        return node.id
    def visit_Num(self, node):
        self.seen.append(('num', node.n))
    def visit_Str(self, node):
        self.seen.append(('str', node.s))
    def visit_NameConstant(self, node):
        self.seen.append(('nc', node.value))

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    c = Counter()
    print(c.visit(ast.Name('z')), c.visit(ast.parse('a(1, "s", None, True, 1.5j, ..., b"b")')))
    print(c.seen, [str(x.message) for x in w])

# the pre-3.8 classes
for cls in (ast.Num, ast.Str, ast.Bytes, ast.NameConstant, ast.Ellipsis):
    print(cls.__name__, cls.__doc__, cls._fields, cls.__mro__[1].__name__)
for cls in (ast.slice, ast.Index, ast.ExtSlice, ast.Suite, ast.AugLoad, ast.AugStore, ast.Param):
    print(cls.__name__, repr(cls.__doc__), cls.__bases__[0].__name__, cls.__module__)
print(ast.dump(ast.Num(3)), ast.dump(ast.Str('s')), ast.dump(ast.Bytes(b'')), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
print(isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(True), ast.NameConstant), isinstance(ast.Constant(1.5), ast.Num),
      isinstance(ast.Constant('x'), ast.Str), isinstance(ast.Constant(b'x'), ast.Bytes), isinstance(ast.Constant(...), ast.Ellipsis),
      isinstance(ast.Constant(), ast.Num), isinstance(3, ast.Num), isinstance(ast.Name(), ast.Str))
print(ast.Num(5).n, ast.Str(s='q').s, ast.dump(ast.Index(ast.Constant(1))), ast.dump(ast.ExtSlice([ast.Constant(1)])), ast.dump(ast.ExtSlice()))
tp = ast.Tuple([ast.Name('a')], ast.Load())
tp.dims = [ast.Name('z')]
print(ast.dump(tp), tp.dims is tp.elts)
cn = ast.Constant(1); cn.n = 9; print(cn.value, cn.s)
check(lambda: ast.Num(1, n=2))
check(lambda: ast.Str(1, 2, 3))
class MyNum(ast.Num): pass
print(type(MyNum(4)).__name__, MyNum(4).value, MyNum(n=2).n, MyNum._fields, isinstance(MyNum(4), ast.Num), isinstance(ast.Constant(4), MyNum))
check(lambda: ast.unparse if False else 0)
