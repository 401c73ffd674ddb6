# An expression simplifier/evaluator on dataclasses and structural pattern matching (class, sequence, mapping, guards, or, as)
from dataclasses import dataclass
from typing import Union
import math

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
class Call:
    fn: str
    args: tuple

Expr = Union[Num, Var, BinOp, Call]

def show(e):
    match e:
        case Num(value=v) if v == int(v):
            return str(int(v))
        case Num(v):
            return repr(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(fn, args):
            return f"{fn}({', '.join(map(show, args))})"
        case _:
            raise TypeError(f"not an expression: {e!r}")

def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp("-", x, y) if x == y:
            return Num(0)
        case BinOp(op, Num(a), Num(b)) as node:
            return Num(evaluate(node, {}))
        case BinOp(op, l, r):
            l2, r2 = simplify(l), simplify(r)
            return BinOp(op, l2, r2) if (l2, r2) == (l, r) else simplify(BinOp(op, l2, r2))
        case Call(fn, args):
            return Call(fn, tuple(simplify(a) for a in args))
        case _:
            return e

FUNCS = {"sqrt": math.sqrt, "max": max, "abs": abs}

def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name!r}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            d = evaluate(r, env)
            if d == 0:
                raise ZeroDivisionError(f"division by zero in {show(e)}")
            return evaluate(l, env) / d
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case Call(fn, args) if fn in FUNCS:
            return FUNCS[fn](*(evaluate(a, env) for a in args))
        case Call(fn, _):
            raise NameError(f"unknown function {fn!r}")

def parse(tokens):
    """Prefix notation: ['+', 1, ['*', 'x', 2]] -> Expr."""
    match tokens:
        case int() | float() as n:
            return Num(n)
        case str() as name if name.isidentifier():
            return Var(name)
        case [("+" | "-" | "*" | "/") as op, left, right]:
            return BinOp(op, parse(left), parse(right))
        case [str(fn), *args] if fn.isidentifier():
            return Call(fn, tuple(parse(a) for a in args))
        case {"op": op, "args": [left, right]}:
            return BinOp(op, parse(left), parse(right))
        case {"num": n, **rest} if not rest:
            return Num(n)
        case _:
            raise SyntaxError(f"cannot parse {tokens!r}")

programs = [
    ["+", 0, ["*", "x", 1]],
    ["*", ["+", 2, 3], ["-", "y", "y"]],
    ["+", ["*", 2, "x"], ["sqrt", ["+", 9, 7]]],
    {"op": "/", "args": [["max", 1, "x", 7], {"num": 2}]},
    ["/", "x", ["-", 2, 2]],
    ["pow", 2, 3],
    ["%", 1, 2],
    ["+", "z", 1],
    ["+", 1],
    {"num": 1, "extra": 2},
]
env = {"x": 5, "y": 2.5}
for prog in programs:
    try:
        e = parse(prog)
        s = simplify(e)
        print(f"{show(e):<32} => {show(s):<22} = {evaluate(s, env)}")
    except (NameError, ZeroDivisionError, ValueError, SyntaxError) as err:
        print(f"{str(prog):<32} !! {type(err).__name__}: {err}")

def classify(obj):
    match obj:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"singleton {x!r}"
        case [x, y, *rest] if not rest:
            return f"pair {x!r},{y!r}"
        case [_, _, *rest]:
            return f"long sequence (+{len(rest)})"
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case {}:
            return "some mapping"
        case str() if len(obj) > 5:
            return "long string"
        case Num() | Var():
            return f"leaf {obj}"
        case _:
            return f"other {type(obj).__name__}"
for o in (None, True, 0, 0.0, -3, 7, [], (), [1], "ab", (1, 2), [1, 2, 3, 4], {"type": "point", "x": 1, "y": 2, "z": 3}, {"a": 1}, "abcdefg", Num(2), {1, 2}, b"xy"):
    print(repr(o), "->", classify(o))
print(Num.__match_args__, BinOp.__match_args__, Call(fn="f", args=()).__match_args__)
try:
    show("oops")
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(x):
            pass
except TypeError as e:
    print("TypeError:", e)
