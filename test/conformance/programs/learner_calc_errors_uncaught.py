import re
class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg, pos)
        self.msg = msg
        self.pos = pos
    def __str__(self):
        return f"{self.msg} at position {self.pos}"
class LexError(CalcError): pass
class ParseError(CalcError): pass

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<op>\*\*|[-+*/%()^])|(?P<name>[a-z_]\w*))")
def tokenize(s):
    pos = 0
    out = []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise LexError(f"unexpected character {s[pos]!r}", pos)
        kind = m.lastgroup
        out.append((kind, m.group(kind), m.start(kind)))
        pos = m.end()
    out.append(("eof", None, pos))
    return out

class Parser:
    def __init__(self, toks, env):
        self.toks, self.i, self.env = toks, 0, env
    def peek(self): return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expect(self, v):
        t = self.next()
        if t[1] != v:
            raise ParseError(f"expected {v!r}, got {t[1]!r}", t[2])
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.next()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.unary()
        while self.peek()[1] in ("*", "/", "%"):
            op, _, pos = self.next()[1], None, self.toks[self.i-1][2]
            r = self.unary()
            try:
                v = {"*": lambda: v * r, "/": lambda: v / r, "%": lambda: v % r}[op]()
            except ZeroDivisionError as e:
                raise CalcError("division by zero", pos) from e
        return v
    def unary(self):
        if self.peek()[1] == "-":
            self.next(); return -self.unary()
        return self.power()
    def power(self):
        b = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.next(); return b ** self.unary()
        return b
    def atom(self):
        kind, val, pos = self.next()
        if kind == "num":
            return float(val) if "." in val else int(val)
        if kind == "name":
            try:
                return self.env[val]
            except KeyError:
                raise ParseError(f"unknown name {val}", pos) from None
        if val == "(":
            v = self.expr(); self.expect(")"); return v
        raise ParseError(f"unexpected {val!r}", pos)

def calc(s, env={"pi": 3.14159, "x": 10}):
    p = Parser(tokenize(s), env)
    v = p.expr()
    if p.peek()[0] != "eof":
        raise ParseError("trailing input", p.peek()[2])
    return v

for src in ["1 + 2 * 3", "(1+2)*3", "2 ** 3 ** 2", "-2^2", "10 / 4", "10 % 3 * x", "7 / (3 - 3)",
            "2 * pi", "1 + y", "3 $ 4", "(1 + 2", "1 2", "2 ** -1", "1.5 * 4", "((((7))))", ")"]:
    try:
        print(f"{src!r:>16} = {calc(src)!r}")
    except CalcError as e:
        print(f"{src!r:>16} ! {type(e).__name__}: {e} args={e.args} cause={e.__cause__!r} ctx={type(e.__context__).__name__}")
calc("1 + (2 * unknown)")
