# An expression compiler to a stack machine with a dis-like listing.
import ast
import operator

OPS = {ast.Add: "ADD", ast.Sub: "SUB", ast.Mult: "MUL", ast.Div: "DIV", ast.FloorDiv: "FDIV",
       ast.Mod: "MOD", ast.Pow: "POW", ast.USub: "NEG", ast.UAdd: "POS",
       ast.Lt: "LT", ast.Gt: "GT", ast.Eq: "EQ", ast.NotEq: "NE", ast.LtE: "LE", ast.GtE: "GE"}
FUNCS = {"ADD": operator.add, "SUB": operator.sub, "MUL": operator.mul, "DIV": operator.truediv,
         "FDIV": operator.floordiv, "MOD": operator.mod, "POW": operator.pow, "LT": operator.lt,
         "GT": operator.gt, "EQ": operator.eq, "NE": operator.ne, "LE": operator.le, "GE": operator.ge}


class Compiler(ast.NodeVisitor):
    def __init__(self):
        self.code = []
        self.consts = []
        self.names = []

    def emit(self, op, arg=None, note=""):
        self.code.append((op, arg, note))

    def const(self, v):
        if v not in self.consts:
            self.consts.append(v)
        return self.consts.index(v)

    def visit_Expression(self, node):
        self.visit(node.body)
        self.emit("RETURN")

    def visit_Constant(self, node):
        self.emit("PUSH_CONST", self.const(node.value), repr(node.value))

    def visit_Name(self, node):
        if node.id not in self.names:
            self.names.append(node.id)
        self.emit("LOAD", self.names.index(node.id), node.id)

    def visit_BinOp(self, node):
        self.visit(node.left)
        self.visit(node.right)
        self.emit(OPS[type(node.op)])

    def visit_UnaryOp(self, node):
        self.visit(node.operand)
        self.emit(OPS[type(node.op)])

    def visit_Compare(self, node):
        if len(node.ops) != 1:
            raise SyntaxError("chained comparisons are not supported")
        self.visit(node.left)
        self.visit(node.comparators[0])
        self.emit(OPS[type(node.ops[0])])

    def visit_IfExp(self, node):
        self.visit(node.test)
        jf = len(self.code); self.emit("JUMP_IF_FALSE", None)
        self.visit(node.body)
        j = len(self.code); self.emit("JUMP", None)
        self.code[jf] = ("JUMP_IF_FALSE", len(self.code), "")
        self.visit(node.orelse)
        self.code[j] = ("JUMP", len(self.code), "")

    def generic_visit(self, node):
        raise SyntaxError(f"unsupported syntax: {type(node).__name__}")


def compile_expr(src):
    c = Compiler()
    c.visit(ast.parse(src, mode="eval"))
    return c


def listing(c):
    for i, (op, arg, note) in enumerate(c.code):
        a = "" if arg is None else str(arg)
        n = f"({note})" if note else ""
        print(f"  {i:>3} {op:<15} {a:>3} {n}")


def run(c, env):
    stack, pc, steps, peak = [], 0, 0, 0
    while True:
        op, arg, _ = c.code[pc]
        pc += 1; steps += 1
        if op == "PUSH_CONST":
            stack.append(c.consts[arg])
        elif op == "LOAD":
            stack.append(env[c.names[arg]])
        elif op == "NEG":
            stack.append(-stack.pop())
        elif op == "POS":
            stack.append(+stack.pop())
        elif op == "JUMP_IF_FALSE":
            if not stack.pop():
                pc = arg
        elif op == "JUMP":
            pc = arg
        elif op == "RETURN":
            return stack.pop(), steps, peak
        else:
            b = stack.pop(); a = stack.pop()
            stack.append(FUNCS[op](a, b))
        peak = max(peak, len(stack))


env = {"x": 6, "y": 4, "rate": 0.5}
for src in ["1 + 2 * 3", "(x + y) * (x - y) // 3", "-x ** 2 + y % 3", "x / y if x > y else y / x",
            "rate * 100 - -rate", "2 ** 10 ** 0 + 7 % -3"]:
    c = compile_expr(src)
    print(f"{src}   consts={c.consts} names={c.names}")
    listing(c)
    value, steps, peak = run(c, env)
    expected = eval(src, {}, dict(env))
    print(f"  => {value!r} in {steps} steps, max stack {peak}, eval agrees: {value == expected}")

for bad in ["x < y < 3", "f(x)", "x +", "[1, 2]"]:
    try:
        compile_expr(bad)
    except SyntaxError as e:
        print(f"{bad!r}: SyntaxError: {e.msg if e.msg else e}")

tree = ast.parse("a + b * 2", mode="eval")
print(ast.dump(tree))
print(ast.dump(ast.parse("x = f(1, k=2)"), indent=2))
print(ast.unparse(ast.parse("y = (a+b)*c if  d else -e")))
print(ast.literal_eval("[1, 2.5, 'three', (4, None), {'k': True}]"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print("ValueError:", str(e).split(":")[0])
node = ast.parse("def f(a, b=1):\n    return a + b\n").body[0]
print(type(node).__name__, node.name, [a.arg for a in node.args.args], node.lineno, node.end_lineno)
print(sorted({type(n).__name__ for n in ast.walk(tree)}))


def sample(a, b):
    return a * b + 1

print(sample.__code__.co_varnames, sample.__code__.co_argcount, sample.__code__.co_name)
