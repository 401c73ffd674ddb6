# A source-code analyzer: tokenize, ast.NodeVisitor/NodeTransformer, ast.unparse, complexity metrics, compile() and dis-free checks.
import ast
import io
import keyword
import token
import tokenize
from collections import Counter, defaultdict

SOURCE = '''\
"""Module doc."""
import os, sys as system
from collections import *
from math import (pi,
                  tau)

CONSTANT = 42  # the answer


def outer(a, b=2, *args, key=None, **kw):
    """Outer doc."""
    total = 0
    for i in range(a):
        if i % 2 and i > b:
            total += i
        elif i == 3:
            continue
        else:
            while total > 100:
                total //= 2
    try:
        x = [j * j for j in args if j]
    except (ValueError, TypeError) as e:
        raise RuntimeError("bad") from e
    finally:
        pass
    lam = lambda y: y + CONSTANT
    return total if total else lam(a)


class Thing(Base, metaclass=Meta):
    attr: int = 0

    @property
    def value(self):
        return self.attr * 2

    async def fetch(self, url):
        async with session(url) as r:
            return await r.text()

    def __repr__(self):
        return f"Thing({self.attr!r:>{4}})"
'''

toks = list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))
kinds = Counter(token.tok_name[t.type] for t in toks)
print(sorted(kinds.items()))
print([t.string for t in toks if t.type == tokenize.COMMENT], [(t.start, t.end) for t in toks if t.string == 'lambda'])
kw = Counter(t.string for t in toks if t.type == token.NAME and keyword.iskeyword(t.string))
print(kw.most_common(5), sorted(keyword.softkwlist))
print([t for t in toks if t.type == tokenize.STRING][1])
print(tokenize.untokenize(toks) == SOURCE)

tree = ast.parse(SOURCE, filename='sample.py')


class Metrics(ast.NodeVisitor):
    def __init__(self):
        self.funcs = {}
        self.imports = []
        self.names = Counter()
        self.stack = []

    def visit_Import(self, node):
        self.imports += [(a.name, a.asname) for a in node.names]

    def visit_ImportFrom(self, node):
        self.imports += [(node.module + '.' + a.name, a.asname) for a in node.names]

    def _func(self, node):
        qual = '.'.join(self.stack + [node.name])
        complexity = 1 + sum(isinstance(n, (ast.If, ast.For, ast.While, ast.ExceptHandler, ast.BoolOp, ast.IfExp, ast.comprehension))
                             for n in ast.walk(node))
        args = node.args
        self.funcs[qual] = (complexity, len(args.args), [ast.unparse(d) for d in node.decorator_list],
                            ast.get_docstring(node), node.lineno, node.end_lineno)
        self.stack.append(node.name)
        self.generic_visit(node)
        self.stack.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = _func

    def visit_ClassDef(self, node):
        self.stack.append(node.name)
        self.generic_visit(node)
        self.stack.pop()

    def visit_Name(self, node):
        self.names[type(node.ctx).__name__] += 1


m = Metrics()
m.visit(tree)
for k, v in m.funcs.items():
    print(k, v)
print(m.imports, sorted(m.names.items()), ast.get_docstring(tree))


class ConstFold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            try:
                value = eval(compile(ast.Expression(node), '<fold>', 'eval'))
            except Exception:
                return node
            return ast.copy_location(ast.Constant(value), node)
        return node


expr = ast.parse('x = (2 + 3) * 4 - y / (1 - 1) + "a" * 3')
folded = ast.fix_missing_locations(ConstFold().visit(expr))
print(ast.unparse(folded))
print(ast.dump(ast.parse('f(a, *b, k=1)', mode='eval'), indent=None))
print(ast.dump(ast.parse('x: int = 1').body[0], include_attributes=False))
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': {True, -4}, 'c': b'x'}"))
for bad in ['__import__("os")', '1 +', 'x']:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e)[:50])
code = compile(folded, '<folded>', 'exec')
ns = {'y': 2}
try:
    exec(code, ns)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(code.co_names, code.co_filename, code.co_name, code.co_firstlineno)
for src in ['def f(:\n  pass', 'x = = 1', 'return 5', 'for x in y:\npass', "f'{'"]:
    try:
        compile(src, 'bad.py', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset, repr(e.text))
print(ast.unparse(ast.parse(SOURCE)).splitlines()[8:14])
print(sum(1 for n in ast.walk(tree)), Counter(type(n).__name__ for n in ast.walk(tree)).most_common(4))
