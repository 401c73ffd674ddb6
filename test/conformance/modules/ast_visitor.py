# NodeVisitor, NodeTransformer, walk, iter_fields/iter_child_nodes, get_docstring, get_source_segment and the location helpers.
import ast

SRC = '''\
"""Module doc."""
import os

def add(a, b=2):
    """Add two things.

        Indented more.
    """
    total = a + b
    return total

class Box:
    \'\'\'A box.\'\'\'
    def size(self):
        return len(self.items) * 2
'''
tree = ast.parse(SRC)

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))

    def visit_FunctionDef(self, node):
        self.seen.append(('def', node.name))
        self.generic_visit(node)

v = Names()
print(v.visit(tree))
print(v.seen)

print([type(n).__name__ for n in ast.walk(tree)])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])
print([(k, type(v).__name__) for k, v in ast.iter_fields(tree.body[2])])
print(list(ast.iter_fields(ast.Name(id='x'))))

print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree.body[2])))
print(repr(ast.get_docstring(tree.body[2], clean=False)))
print(repr(ast.get_docstring(tree.body[3])))
print(repr(ast.get_docstring(tree.body[3].body[1])))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print('TypeError', e)
print(ast.get_docstring(ast.parse('x = 1')))

for node in ast.walk(tree):
    if isinstance(node, (ast.BinOp, ast.Return, ast.ClassDef, ast.Attribute)):
        print(type(node).__name__, repr(ast.get_source_segment(SRC, node)))
print(repr(ast.get_source_segment(SRC, tree.body[3], padded=True)))
print(repr(ast.get_source_segment(SRC, tree.body[3].body[1], padded=True)))
print(ast.get_source_segment(SRC, ast.Name(id='x')))
u = 'x = "é" + ñ\ny = (1,\n     2)\n'
ut = ast.parse(u)
print([ast.get_source_segment(u, n) for n in ast.walk(ut) if isinstance(n, ast.expr)])
print(ast.get_source_segment(u, ut.body[1].value, padded=True))

# A transformer: constants doubled, names renamed, `pass` removed, one statement made two.
class Rewrite(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Name(self, node):
        return ast.Name(id=node.id.upper(), ctx=node.ctx)

    def visit_Pass(self, node):
        return None

    def visit_Expr(self, node):
        self.generic_visit(node)
        return [node, ast.Expr(ast.Constant('added'))]

t2 = ast.parse("x = 1 + y\npass\nprint(x, 3)\n")
t2 = Rewrite().visit(t2)
print(ast.dump(t2, include_attributes=True))
ast.fix_missing_locations(t2)
print(ast.dump(t2, include_attributes=True))

# A removed field is deleted from the node.
class DropReturnValue(ast.NodeTransformer):
    def visit_Constant(self, node):
        return None
t3 = DropReturnValue().visit(ast.parse('def f():\n    return 5\n'))
print(ast.dump(t3), hasattr(t3.body[0].body[0], 'value'))

# Locations.
n = ast.Name(id='z', ctx=ast.Load())
print(ast.dump(ast.copy_location(n, ast.parse('(  q)', mode='eval').body), include_attributes=True))
m = ast.Name(id='m', ctx=ast.Load())
src = ast.Name(id='s', ctx=ast.Load(), lineno=4, col_offset=1, end_lineno=None, end_col_offset=None)
print(ast.dump(ast.copy_location(m, src), include_attributes=True))
print(ast.dump(ast.copy_location(ast.arguments(), src), include_attributes=True))
t4 = ast.parse('a = 1\nif b:\n    c(d)\n')
ast.increment_lineno(t4, 10)
print(ast.dump(t4, include_attributes=True))
t5 = ast.Module(body=[ast.Expr(ast.BinOp(ast.Constant(1, lineno=7, col_offset=2), ast.Add(), ast.Constant(2)))], type_ignores=[])
ast.fix_missing_locations(t5)
print(ast.dump(t5, include_attributes=True))

# The deprecated visit_Num is still called for numbers.
class Old(ast.NodeVisitor):
    def visit_Num(self, node):
        print('visit_Num', node.n)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    Old().visit(ast.parse('1 + 2.5'))
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
