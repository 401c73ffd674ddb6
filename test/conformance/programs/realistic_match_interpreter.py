# a small expression language: parse s-expressions, simplify and evaluate with match over dataclasses
from dataclasses import dataclass, field
from typing import Union

@dataclass(frozen=True)
class Num:
    value: float
@dataclass(frozen=True)
class Var:
    name: str
@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"
@dataclass(frozen=True)
class Let:
    name: str
    value: "Expr"
    body: "Expr"
@dataclass(frozen=True)
class If:
    cond: "Expr"
    then: "Expr"
    other: "Expr"
@dataclass(frozen=True)
class Call:
    fn: str
    args: tuple = ()
Expr = Union[Num, Var, BinOp, Let, If, Call]

def parse(sexp):
    match sexp:
        case int() | float() as n:
            return Num(n)
        case str(name):
            return Var(name)
        case ["let", str(name), value, body]:
            return Let(name, parse(value), parse(body))
        case ["if", c, t, e]:
            return If(parse(c), parse(t), parse(e))
        case [("+" | "-" | "*" | "/" | "<" | "=") as op, left, right]:
            return BinOp(op, parse(left), parse(right))
        case [str(fn), *args]:
            return Call(fn, tuple(parse(a) for a in args))
        case []:
            raise SyntaxError("empty expression")
        case _:
            raise SyntaxError(f"bad form {sexp!r}")

def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, Num(a), Num(b)) if op in "+-*":
            return Num({"+": a + b, "-": a - b, "*": a * b}[op])
        case BinOp(op=op, left=l, right=r):
            l2, r2 = simplify(l), simplify(r)
            return BinOp(op, l2, r2) if (l2, r2) == (l, r) else simplify(BinOp(op, l2, r2))
        case _:
            return e

def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case If(c, t, o):
            return evaluate(t if evaluate(c, env) else o, env)
        case BinOp("/", _, r) if evaluate(r, env) == 0:
            return float("inf")
        case BinOp(op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            match op:
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "/": return a / b
                case "<": return a < b
                case "=": return a == b
        case Call("max", args):
            return max(evaluate(a, env) for a in args)
        case Call(fn, ()):
            raise TypeError(f"{fn}() needs arguments")
        case Call(fn, (first, *rest)):
            raise NameError(f"no function {fn} (first arg {evaluate(first, env)}, {len(rest)} more)")

progs = [
    ["+", 1, ["*", 2, 3]],
    ["let", "x", 5, ["if", ["<", "x", 10], ["*", "x", "x"], 0]],
    ["/", 1, ["-", 2, 2]],
    ["max", 3, 9, ["+", 1, 1]],
    ["+", ["*", 1, "y"], 0],
    ["*", ["+", 0, "z"], ["-", 4, 4]],
    ["foo", 1, 2],
    ["bar"],
    [],
    {"x": 1},
    ["=", 2.0, 2],
]
for p in progs:
    try:
        ast = parse(p)
        s = simplify(ast)
        print(f"{p!s:<48} -> {s}")
        print(" " * 48, "=", evaluate(s, {"y": 7, "z": 2}))
    except (SyntaxError, NameError, TypeError) as e:
        print(f"{p!s:<48} !! {type(e).__name__}: {e}")

def describe(obj):
    match obj:
        case {"type": "point", "x": x, "y": y, **rest} if not rest:
            return f"point {x},{y}"
        case {"type": "point", **rest}:
            return f"point with extras {sorted(rest)}"
        case {"type": t}:
            return f"unknown type {t}"
        case (1, 2, *_, 9):
            return "tuple 1,2..9"
        case [x, y, *rest] if len(rest) > 2:
            return f"long seq starting {x},{y} (+{len(rest)})"
        case (x, y):
            return f"pair {x} {y}"
        case str() | bytes():
            return f"string-like {obj!r}"
        case {**kw} if not kw:
            return "empty mapping"
        case None | True | False:
            return f"singleton {obj}"
        case float(x) if x != x:
            return "nan"
        case complex(real=r, imag=i):
            return f"complex {r}/{i}"
        case _:
            return f"other {type(obj).__name__}"
for o in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "line"},
          (1, 2, 3, 9), [1, 2, 3, 4, 5], (7, 8), "ab", b"cd", {}, None, True, 0, float("nan"), 2 + 3j, [1, 2, 3], range(2)]:
    print(describe(o))
class Color:
    RED = 1
    GREEN = 2
class P2:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
for v in [1, 2, 3, P2(1, 2), P2("x", [1])]:
    match v:
        case Color.RED: print("red")
        case Color.GREEN: print("green")
        case P2(1, b): print("P2 a=1 b", b)
        case P2(a, [*items]): print("P2 items", a, items)
        case _: print("nomatch", v)
try:
    match P2(1, 2):
        case P2(1, 2, 3): pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print("TypeError:", e)
