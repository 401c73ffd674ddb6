# regex tokenizer and recursive-descent calculator with variables, functions and error positions
import re, math
TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.\d*|\.\d+|\d+)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|//|[-+*/%()^,=]))")

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

def tokenize(text):
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {text[pos]!r}", pos)
        kind = m.lastgroup
        yield kind, m.group(kind), m.start(kind)
        pos = m.end()
    yield "eof", None, pos

class Parser:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round}
    def __init__(self, text, env):
        self.toks = list(tokenize(text))
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expect(self, val):
        k, v, p = self.next()
        if v != val:
            raise ParseError(f"expected {val!r}, got {v!r}", p)
    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.next()[1]; self.next()
            val = self.expr()
            self.env[name] = val
            result = val
        else:
            result = self.expr()
        if self.peek()[0] != "eof":
            raise ParseError(f"trailing {self.peek()[1]!r}", self.peek()[2])
        return result
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.next()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "//", "%"):
            op = self.next()[1]
            r = self.factor()
            if op == "*": v *= r
            elif op == "/": v /= r
            elif op == "//": v //= r
            else: v %= r
        return v
    def factor(self):
        if self.peek()[1] == "-":
            self.next(); return -self.factor()
        if self.peek()[1] == "+":
            self.next(); return +self.factor()
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.next()
            return base ** self.factor()
        return base
    def atom(self):
        k, v, p = self.next()
        if k == "num":
            return float(v) if "." in v else int(v)
        if k == "name":
            if self.peek()[1] == "(":
                self.next()
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.next(); args.append(self.expr())
                self.expect(")")
                if v not in self.FUNCS:
                    raise NameError(f"unknown function {v}")
                return self.FUNCS[v](*args)
            if v in self.env:
                return self.env[v]
            raise NameError(f"name {v!r} is not defined")
        if v == "(":
            e = self.expr(); self.expect(")"); return e
        raise ParseError(f"unexpected {v!r}", p)

env = {"pi": math.pi}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "7 // 2 + 7 % 3", "10 / 4",
         "x = 3.5", "y = x * 2 + .5", "sqrt(y) + max(1, x, 2)", "round(pi * 100) / 100",
         "1 / 0", "2 +", "3 $ 4", "foo(1)", "z + 1", "(1 + 2", "1 2", "2 ** -1", "-7 // 2",
         "-7 % 3", "7.5 % -2", "2 ** 100", "abs(-3) * min(4, 5)", "1e3"]
for line in lines:
    try:
        r = Parser(line, env).statement()
        print(f"{line:<24} = {r!r}")
    except ZeroDivisionError as e:
        print(f"{line:<24} ! ZeroDivisionError: {e}")
    except (ParseError, NameError) as e:
        print(f"{line:<24} ! {type(e).__name__}: {e}")
print(sorted(env.items()))
print([t for t in tokenize("a=b**2//c")])
