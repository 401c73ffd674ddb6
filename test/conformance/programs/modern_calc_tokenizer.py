# tokenizer + recursive-descent calculator with variables, functions and error positions
import math
import re
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    pos: int


class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


TOKEN_RE = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>\*\*|[-+*/%(),=^])
  | (?P<ws>\s+)
""", re.VERBOSE)


def tokenize(src: str) -> Iterator[Token]:
    pos = 0
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise CalcError(f"unexpected character {src[pos]!r}", pos)
        kind = m.lastgroup
        if kind != "ws":
            yield Token(kind, m.group(), pos)
        pos = m.end()
    yield Token("eof", "", pos)


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot}


class Parser:
    def __init__(self, src, env):
        self.toks = list(tokenize(src))
        self.i = 0
        self.env = env

    @property
    def tok(self):
        return self.toks[self.i]

    def eat(self, kind=None, text=None):
        t = self.tok
        if (kind and t.kind != kind) or (text and t.text != text):
            want = text or kind
            raise CalcError(f"expected {want!r}, got {t.text or 'end'!r}", t.pos)
        self.i += 1
        return t

    def statement(self):
        if self.tok.kind == "name" and self.toks[self.i + 1].text == "=":
            name = self.eat("name").text
            self.eat(text="=")
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        self.eat("eof")
        return value

    def expr(self):
        v = self.term()
        while self.tok.text in ("+", "-"):
            op = self.eat().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.tok.text in ("*", "/", "%"):
            t = self.eat()
            r = self.factor()
            if t.text != "*" and r == 0:
                raise CalcError("division by zero", t.pos)
            match t.text:
                case "*": v *= r
                case "/": v /= r
                case "%": v %= r
        return v

    def factor(self):
        if self.tok.text in ("-", "+"):
            op = self.eat().text
            v = self.factor()
            return -v if op == "-" else v
        return self.power()

    def power(self):
        base = self.atom()
        if self.tok.text in ("**", "^"):
            self.eat()
            return base ** self.factor()
        return base

    def atom(self):
        t = self.tok
        match t.kind:
            case "num":
                self.eat()
                return float(t.text) if any(c in t.text for c in ".eE") else int(t.text)
            case "name" if self.toks[self.i + 1].text == "(":
                self.eat(); self.eat(text="(")
                args = [self.expr()]
                while self.tok.text == ",":
                    self.eat()
                    args.append(self.expr())
                self.eat(text=")")
                try:
                    f = FUNCS[t.text]
                except KeyError:
                    raise CalcError(f"unknown function {t.text}", t.pos) from None
                return f(*args)
            case "name":
                self.eat()
                if t.text not in self.env:
                    raise CalcError(f"undefined variable {t.text!r}", t.pos)
                return self.env[t.text]
            case _ if t.text == "(":
                self.eat()
                v = self.expr()
                self.eat(text=")")
                return v
            case _:
                raise CalcError(f"unexpected {t.text or 'end of input'!r}", t.pos)


env = {"pi": math.pi}
lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 10 / 4", "x * 2",
    "y = x % 1.5", "sqrt(16) + max(1, 7, 3)", "hypot(3, 4)", "1e3 + 2.5E-1", "7 % 3 - -1",
    "10 / (5 - 5)", "foo(1)", "z + 1", "3 $ 4", "(1 + 2", "1 2", "", "abs(-pi)", "2 ** 100",
    "min()",
]
for line in lines:
    try:
        result = Parser(line, env).statement()
        print(f"{line!r:28} => {result!r}")
    except CalcError as e:
        print(f"{line!r:28} !! {e} (pos={e.pos})")
    except TypeError as e:
        print(f"{line!r:28} TypeError {e}")
print(sorted(env.items()))
print([t for t in tokenize("a=1.5")][:2])
