# ast.literal_eval: literals and displays, signed numbers, complex sums, and its errors.
import ast

GOOD = [
    "1", "-1", "+2.5", "1_000", "0x1f", "1e3", "-1e-3", "2j", "-2j", "1+2j", "1-2j", "-1.5+0.5j",
    "'s'", "b'b'", "'a' 'b'", "r'\\n'", "True", "False", "None", "...",
    "[1, 2, [3]]", "(1,)", "()", "(1, 'a', None)", "{1, 2}", "set()", "{}", "{'a': 1, 2: [3]}",
    "  \t 42", "{'k': (1, {2: {3}})}", "[-1, +1, -0.0]", "10**2" , "1+1", "-(1)", "- 1",
    "'é' + ''", "f'x'", "x", "x.y", "f(1)", "set([1])", "{**a}", "[*a]", "1 if 2 else 3",
    "1j+1", "(1+2j)+3", "--1", "not 1", "~1", "-'a'", "b'a' + b'b'", "1 < 2", "lambda: 0",
]
for src in GOOD:
    try:
        v = ast.literal_eval(src)
        print(repr(src), '->', type(v).__name__, repr(v))
    except (ValueError, TypeError, SyntaxError) as e:
        msg = str(e)
        # The message ends with the node's repr, which holds its address.
        print(repr(src), '!!', type(e).__name__, msg.split(' object at ')[0])

# Nodes are accepted too, and an Expression's body is used.
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.parse('(3, 4)', mode='eval').body))
print(ast.literal_eval(ast.Constant(value=5)))
print(ast.literal_eval(ast.List(elts=[ast.Constant(1), ast.Tuple(elts=[], ctx=ast.Load())], ctx=ast.Load())))
for bad in [ast.Name(id='x', ctx=ast.Load()), ast.Dict(keys=[ast.Constant(1)], values=[]), 5, None]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print('ValueError', str(e).split(' object at ')[0])
for bad in ["1 +\n", "(", "x = 1\n"]:
    try:
        ast.literal_eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    ast.literal_eval(3.5)
except ValueError as e:
    print('ValueError', e)
