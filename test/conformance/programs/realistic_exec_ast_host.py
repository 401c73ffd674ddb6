# a tiny scripting host: exec/eval with namespaces, compile, ast dump/unparse/NodeTransformer/literal_eval, tokenize
import ast, dis, sys, types
src = "x = 1\nfor i in range(3):\n    x = x * 2 + i\nresult = x"
ns = {}
exec(src, ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
print(eval("a + b * 2", {"a": 1}, {"b": 5}), eval("[i * i for i in range(n)]", {"n": 4}), eval("__import__('math').pi > 3"))
code = compile("y = 10\nprint('y is', y)", "<script>", "exec"); exec(code)
print(code.co_filename, code.co_name, type(code).__name__, compile("1+2", "<e>", "eval").co_consts)
tree = ast.parse("def f(a, b=2):\n    return a + b * 3\n")
print(ast.dump(tree.body[0].body[0], indent=None))
print(ast.unparse(tree), ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -1e3}"))
class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "a": node.id = "alpha"
        return node
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult): node.op = ast.Add()
        return node
t2 = Renamer().visit(ast.parse("a * 2 + b * a"))
print(ast.unparse(t2), eval(compile(ast.fix_missing_locations(ast.Expression(t2.body[0].value)), "<ast>", "eval"), {"alpha": 3, "b": 4}))
counts = {}
for node in ast.walk(ast.parse(src + "\ndef g(*a, **k):\n    return [x async for x in a] if k else {y: 1 for y in a}\n")):
    counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
try:
    exec("x = (1,\n", {})
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    eval("lambda: yield", {})
except SyntaxError as e:
    print("SyntaxError:", e)
g = {"__builtins__": {"print": print, "len": len}}
exec("print(len('abc'))", g)
try:
    exec("open('x')", g)
except NameError as e:
    print("NameError:", e)
def make_adder(n):
    return eval(f"lambda x: x + {n}")
print(make_adder(5)(10), (lambda: sys._getframe().f_code.co_name)())
loc = {}
exec("def sq(v):\n    return v * v\n", loc)
print(loc["sq"](7), loc["sq"].__name__, loc["sq"].__code__.co_varnames, loc["sq"].__code__.co_argcount)
fn = types.FunctionType(compile("return 42", "<f>", "exec") if False else (lambda: 42).__code__, {})
print(fn(), callable(fn))
import keyword, tokenize, io
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
toks = list(tokenize.generate_tokens(io.StringIO("x = f(1, 'a') # c\n").readline))
print([(tokenize.tok_name[t.type], t.string) for t in toks])
