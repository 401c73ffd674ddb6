# A source-code refactoring tool: parse with ast, inspect with NodeVisitor (function stats,
# names, calls), rewrite with NodeTransformer (constant folding, renaming, print -> logging),
# fix_missing_locations, unparse, compile the result and run it; ast.dump, literal_eval,
# tokenize for comments, and the SyntaxErrors of broken snippets.
import ast
import io
import tokenize
from collections import Counter

SOURCE = '''
import math

RATE = 2 * 3 + 1  # weekly rate
NAMES = ("ann", "bob")


def area(r):
    """Circle area."""
    return math.pi * r ** 2


def total(items, tax=0.1 * 2):
    s = 0
    for price, qty in items:
        if qty > 0 and price > 10 - 5:
            s += price * qty
        elif qty < 0:
            print("negative", qty)
    print("total is", s)
    return s * (1 + tax)


class Shop:
    def __init__(self, name):
        self.name = name

    def greet(self, who="friend"):
        print(f"Welcome to {self.name}, {who}!")
        return len(who) * 2 ** 3
'''

tree = ast.parse(SOURCE, filename="<shop>")


class Stats(ast.NodeVisitor):
    def __init__(self):
        self.funcs = []
        self.calls = Counter()
        self.names = set()
        self.depth = 0

    def visit_FunctionDef(self, node):
        args = [a.arg for a in node.args.args]
        defaults = [ast.unparse(d) for d in node.args.defaults]
        self.funcs.append((node.name, node.lineno, node.end_lineno, args, defaults, ast.get_docstring(node)))
        self.generic_visit(node)

    def visit_Call(self, node):
        self.calls[ast.unparse(node.func)] += 1
        self.generic_visit(node)

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Store):
            self.names.add(node.id)


st = Stats()
st.visit(tree)
for f in st.funcs:
    print(f)
print(sorted(st.calls.items()), sorted(st.names))


class Folder(ast.NodeTransformer):
    folded = 0

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            try:
                value = eval(compile(ast.Expression(node), "<fold>", "eval"))
            except Exception:
                return node
            self.folded += 1
            return ast.copy_location(ast.Constant(value), node)
        return node


class PrintToLog(ast.NodeTransformer):
    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "print":
            fmt = " ".join(["%s"] * len(node.args))
            return ast.Call(func=ast.Attribute(value=ast.Name("log", ast.Load()), attr="append", ctx=ast.Load()),
                            args=[ast.BinOp(ast.Constant(fmt), ast.Mod(), ast.Tuple(node.args, ast.Load()))], keywords=[])
        return node


class Rename(ast.NodeTransformer):
    def __init__(self, mapping):
        self.mapping = mapping

    def visit_Name(self, node):
        if node.id in self.mapping:
            return ast.copy_location(ast.Name(self.mapping[node.id], node.ctx), node)
        return node

    def visit_arg(self, node):
        if node.arg in self.mapping:
            node.arg = self.mapping[node.arg]
        return node


folder = Folder()
new = folder.visit(tree)
new = PrintToLog().visit(new)
new = Rename({"s": "subtotal", "r": "radius"}).visit(new)
new.body.insert(0, ast.parse("log = []").body[0])
ast.fix_missing_locations(new)
print("folded", folder.folded)
print(ast.unparse(new))
ns = {}
exec(compile(new, "<shop-refactored>", "exec"), ns)
print(round(ns["area"](2), 6), ns["total"]([(12, 2), (3, 1), (20, -1)]), ns["Shop"]("Bits").greet("Al"), ns["RATE"])
print(ns["log"])
print(ast.dump(ast.parse("x = a + 1", mode="exec").body[0]))
print(ast.dump(ast.parse("f(*a, k=1)", mode="eval"), include_attributes=False, indent=1))
print(ast.literal_eval("{'a': [1, 2.5, -3j], 'b': (True, None, b'x'), 'c': {1, 2}}"), ast.literal_eval("-2 + 3j"))
for bad in ["__import__('os')", "[1, 2] + [3]", "a", "{**x}"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("literal_eval:", str(e).split(" at 0x")[0])
comments = [(tok.start[0], tok.string) for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline) if tok.type == tokenize.COMMENT]
print(comments)
toks = list(tokenize.generate_tokens(io.StringIO("x = (1 +\n  2)  # hi\n").readline))
print([(tokenize.tok_name[t.type], t.string) for t in toks])
for snippet in ["def f(:\n    pass", "x = (1, 2", "for x in y\n    pass", "return 5", "a = 1\n  b = 2", "f(x for x in y, 1)", "del f()", "x += 1 = 2", "class C: pass\nnonlocal q", "'unterminated"]:
    try:
        compile(snippet, "<snippet>", "exec")
        print(f"{snippet!r:<28} compiled")
    except SyntaxError as e:
        print(f"{snippet!r:<28} {type(e).__name__}: {e.msg} (line {e.lineno}, col {e.offset})")
expr = ast.parse("(a + b) * c - d / e ** f", mode="eval").body
def show(n):
    if isinstance(n, ast.BinOp):
        return f"({type(n.op).__name__} {show(n.left)} {show(n.right)})"
    return n.id
print(show(expr), [type(n).__name__ for n in ast.walk(expr)][:6])
print(ast.increment_lineno(ast.parse("x = 1"), 10).body[0].lineno, isinstance(ast.Constant(1), ast.AST), ast.Constant(5).value)
