# Tokenizer + recursive-descent parser + evaluator for arithmetic
import re
import math
from collections import namedtuple

Token = namedtuple("Token", "kind value pos")

TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/%^(),=])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)


class CalcError(Exception):
    pass


def tokenize(text):
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise CalcError(f"unexpected character {m.group()!r} at {m.start()}")
        value = m.group()
        if kind == "NUM":
            value = float(value) if any(c in value for c in ".eE") else int(value)
        yield Token(kind, value, m.start())
    yield Token("EOF", None, len(text))


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def eat(self, kind, value=None):
        t = self.tok
        if t.kind != kind or (value is not None and t.value != value):
            raise CalcError(f"expected {value or kind} at {t.pos}, got {t.value!r}")
        self.i += 1
        return t

    def parse(self):
        node = self.statement()
        self.eat("EOF")
        return node

    def statement(self):
        if self.tok.kind == "NAME" and self.tokens[self.i + 1].value == "=":
            name = self.eat("NAME").value
            self.eat("OP", "=")
            return ("assign", name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.tok.kind == "OP" and self.tok.value in "+-":
            op = self.eat("OP").value
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.tok.kind == "OP" and self.tok.value in ("*", "/", "%"):
            op = self.eat("OP").value
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.tok.kind == "OP" and self.tok.value in "+-":
            op = self.eat("OP").value
            return ("neg" if op == "-" else "pos", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.tok.kind == "OP" and self.tok.value in ("**", "^"):
            self.eat("OP")
            return ("**", base, self.unary())
        return base

    def atom(self):
        t = self.tok
        if t.kind == "NUM":
            self.i += 1
            return ("num", t.value)
        if t.kind == "NAME":
            self.i += 1
            if self.tok.value == "(":
                self.eat("OP", "(")
                args = []
                if self.tok.value != ")":
                    args.append(self.expr())
                    while self.tok.value == ",":
                        self.eat("OP", ",")
                        args.append(self.expr())
                self.eat("OP", ")")
                return ("call", t.value, args)
            return ("var", t.value)
        if t.value == "(":
            self.eat("OP", "(")
            node = self.expr()
            self.eat("OP", ")")
            return node
        raise CalcError(f"unexpected {t.value!r} at {t.pos}")


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": pow}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise CalcError(f"undefined variable {node[1]}") from None
    if kind == "assign":
        env[node[1]] = value = evaluate(node[2], env)
        return value
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "pos":
        return +evaluate(node[1], env)
    if kind == "call":
        fn = FUNCS.get(node[1])
        if fn is None:
            raise CalcError(f"unknown function {node[1]}")
        return fn(*[evaluate(a, env) for a in node[2]])
    return OPS[kind](evaluate(node[1], env), evaluate(node[2], env))


def show(node):
    if node[0] == "num":
        return str(node[1])
    if node[0] == "var":
        return node[1]
    if node[0] in ("neg", "pos"):
        return f"{'-' if node[0] == 'neg' else '+'}{show(node[1])}"
    if node[0] == "call":
        return f"{node[1]}({', '.join(map(show, node[2]))})"
    if node[0] == "assign":
        return f"{node[1]} = {show(node[2])}"
    return f"({show(node[1])} {node[0]} {show(node[2])})"


env = {"pi": math.pi, "e": math.e}
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "-2 ** 2",
    "2 ** -1",
    "2 ^ 3 ^ 2",
    "x = 7 / 2",
    "y = x * 4 % 5",
    "sqrt(16) + max(1, y, 3)",
    "hypot(3, 4)",
    "1e3 + .5",
    "10 / 0",
    "foo(1)",
    "z + 1",
    "3 $ 4",
    "(1 + 2",
    "7 % -3",
    "2 ** 100",
    "1.5e-3 * 2",
]
for line in lines:
    try:
        tree = Parser(line).parse()
        print(f"{line:<26} => {show(tree):<34} = {evaluate(tree, env)!r}")
    except CalcError as e:
        print(f"{line:<26} !! {e}")
    except ZeroDivisionError as e:
        print(f"{line:<26} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(list(tokenize("a=1"))[:2])
