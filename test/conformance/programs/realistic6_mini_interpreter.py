"""A tiny expression language: tokenizer (re), Pratt parser, closures, environments, recursion."""
import re
import operator
from collections import ChainMap

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<str>\"(?:\\.|[^\"])*\")|(?P<op>==|!=|<=|>=|=>|[-+*/%^()<>,=;{}]))")


class LangError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg if pos is None else f"{msg} at {pos}")


def tokenize(src):
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise LangError(f"bad character {src[pos]!r}", pos)
        kind = m.lastgroup
        text = m.group(kind)
        yield kind, (float(text) if "." in text else int(text)) if kind == "num" else text, m.start(kind)
        pos = m.end()
    yield "end", None, pos


BINARY = {
    "==": (1, operator.eq), "!=": (1, operator.ne), "<": (2, operator.lt), ">": (2, operator.gt),
    "<=": (2, operator.le), ">=": (2, operator.ge), "+": (3, operator.add), "-": (3, operator.sub),
    "*": (4, operator.mul), "/": (4, operator.truediv), "%": (4, operator.mod), "^": (6, operator.pow),
}


class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise LangError(f"expected {value!r}, got {tok[1]!r}", tok[2])
        self.i += 1
        return tok

    def program(self):
        stmts = [self.expr(0)]
        while self.peek()[1] == ";":
            self.take()
            if self.peek()[0] != "end":
                stmts.append(self.expr(0))
        self.take(None) if self.peek()[0] == "end" else self.take("end")
        return ("seq", stmts)

    def expr(self, min_prec):
        left = self.atom()
        while True:
            kind, op, pos = self.peek()
            if kind != "op" or op not in BINARY or BINARY[op][0] < min_prec:
                return left
            prec = BINARY[op][0]
            self.take()
            right = self.expr(prec if op == "^" else prec + 1)
            left = ("bin", op, left, right)

    def atom(self):
        kind, val, pos = self.take()
        if kind in ("num",):
            return ("lit", val)
        if kind == "str":
            return ("lit", val[1:-1].encode().decode("unicode_escape"))
        if val == "-":
            return ("neg", self.expr(5))
        if val == "(":
            e = self.expr(0)
            self.take(")")
            return e
        if kind == "name":
            if val == "let":
                name = self.take()[1]
                self.take("=")
                return ("let", name, self.expr(0))
            if val == "fn":
                self.take("(")
                params = []
                while self.peek()[1] != ")":
                    params.append(self.take()[1])
                    if self.peek()[1] == ",":
                        self.take()
                self.take(")")
                self.take("=>")
                return ("fn", params, self.expr(0))
            if val == "if":
                c = self.expr(0); self.take("{"); a = self.expr(0); self.take("}")
                self.take("else"); self.take("{"); b = self.expr(0); self.take("}")
                return ("if", c, a, b)
            node = ("var", val)
            while self.peek()[1] == "(":
                self.take()
                args = []
                while self.peek()[1] != ")":
                    args.append(self.expr(0))
                    if self.peek()[1] == ",":
                        self.take()
                self.take(")")
                node = ("call", node, args)
            return node
        raise LangError(f"unexpected {val!r}", pos)


def evaluate(node, env):
    match node:
        case ("lit", v):
            return v
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise LangError(f"undefined name {name!r}") from None
        case ("neg", e):
            return -evaluate(e, env)
        case ("bin", op, a, b):
            return BINARY[op][1](evaluate(a, env), evaluate(b, env))
        case ("let", name, e):
            env[name] = value = evaluate(e, env)
            return value
        case ("fn", params, body):
            def closure(*args):
                if len(args) != len(params):
                    raise LangError(f"expected {len(params)} args, got {len(args)}")
                return evaluate(body, env.new_child(dict(zip(params, args))))
            closure.__name__ = f"fn/{len(params)}"
            return closure
        case ("if", c, a, b):
            return evaluate(a if evaluate(c, env) else b, env)
        case ("call", f, args):
            return evaluate(f, env)(*[evaluate(a, env) for a in args])
        case ("seq", stmts):
            result = None
            for s in stmts:
                result = evaluate(s, env)
            return result
    raise LangError(f"bad node {node!r}")


def run(src, env=None):
    env = env if env is not None else ChainMap({}, {"print": print, "len": len, "str": str})
    return evaluate(Parser(src).program(), env)


programs = [
    "1 + 2 * 3 - 4 / 2",
    "2 ^ 3 ^ 2",
    "-3 ^ 2 + (-3) ^ 2",
    'let s = "tab\\there"; len(s)',
    "let fact = fn(n) => if n <= 1 { 1 } else { n * fact(n - 1) }; fact(20)",
    "let fib = fn(n) => if n < 2 { n } else { fib(n - 1) + fib(n - 2) }; fib(12)",
    "let add = fn(a) => fn(b) => a + b; let inc = add(1); inc(inc(40))",
    "let compose = fn(f, g) => fn(x) => f(g(x)); compose(fn(x) => x * 2, fn(x) => x + 3)(4)",
    'str(7 % 3) + "-" + str(7.5 / 2.5) + "-" + str(10 == 10.0)',
    "let x = 5; let x = x * x; x",
    "print(1, 2.5, \"three\")",
    "1 +",
    "foo(1)",
    "let f = fn(a, b) => a; f(1)",
    "3 $ 4",
    "(1 + 2",
    "1 / 0",
]
env = ChainMap({}, {"print": print, "len": len, "str": str})
for src in programs:
    try:
        result = run(src)
        print(f"{src[:40]:<40} => {result!r}")
    except LangError as e:
        print(f"{src[:40]:<40} !! {e}")
    except ZeroDivisionError as e:
        print(f"{src[:40]:<40} !! ZeroDivisionError: {e}")
print(Parser("let f = fn(x) => x ^ 2; f(3)").program())
print([t[:2] for t in tokenize('a>=1 != "q\\"x"')])
run("let sq = fn(x) => x * x", env)
print(run("sq(12) + sq(0.5)", env), sorted(env.maps[0]), env["sq"].__name__)
print(run("let deep = fn(n) => if n == 0 { 0 } else { 1 + deep(n - 1) }; deep(150)"))
