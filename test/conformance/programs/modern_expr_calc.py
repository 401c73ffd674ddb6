# A calculator written with 3.10/3.11 features: match on dataclasses/namedtuples/StrEnum, except*, walrus, f-string =, tomllib, graphlib, IntFlag, zip(strict=True), assert_never
from __future__ import annotations
from dataclasses import dataclass, field, KW_ONLY
from enum import StrEnum, auto, IntFlag
from typing import Protocol, runtime_checkable, Self, TypeAlias, Literal, assert_never, NamedTuple
import functools, math, tomllib, graphlib

class Kind(StrEnum):
    NUM = auto()
    OP = auto()
    LP = auto()
    RP = auto()

class Tok(NamedTuple):
    kind: Kind
    text: str
    pos: int

@dataclass(frozen=True, slots=True)
class Num:
    value: float
@dataclass(frozen=True, slots=True)
class BinOp:
    op: Literal['+', '-', '*', '/', '^']
    left: Expr
    right: Expr
@dataclass(frozen=True, slots=True)
class Neg:
    operand: Expr
Expr: TypeAlias = Num | BinOp | Neg

def tokenize(src: str) -> list[Tok]:
    out = []
    i = 0
    while i < len(src):
        match src[i]:
            case ' ': i += 1; continue
            case c if c.isdigit() or c == '.':
                j = i
                while j < len(src) and (src[j].isdigit() or src[j] == '.'): j += 1
                out.append(Tok(Kind.NUM, src[i:j], i)); i = j; continue
            case '+' | '-' | '*' | '/' | '^' as c: out.append(Tok(Kind.OP, c, i))
            case '(': out.append(Tok(Kind.LP, '(', i))
            case ')': out.append(Tok(Kind.RP, ')', i))
            case other: raise SyntaxError(f"bad char {other!r} at {i}")
        i += 1
    return out

PREC = {'+': (1, 'L'), '-': (1, 'L'), '*': (2, 'L'), '/': (2, 'L'), '^': (3, 'R')}
def parse(toks: list[Tok]) -> Expr:
    pos = 0
    def atom() -> Expr:
        nonlocal pos
        match toks[pos:pos+1]:
            case [Tok(Kind.NUM, text)]:
                pos += 1; return Num(float(text))
            case [Tok(Kind.OP, '-')]:
                pos += 1; return Neg(expr(3))
            case [Tok(Kind.LP)]:
                pos += 1; e = expr(0)
                if toks[pos:pos+1] and toks[pos].kind is Kind.RP: pos += 1; return e
                raise SyntaxError("missing )")
            case []: raise SyntaxError("unexpected end")
            case [t]: raise SyntaxError(f"unexpected {t.text!r} at {t.pos}")
    def expr(min_prec: int) -> Expr:
        nonlocal pos
        left = atom()
        while pos < len(toks) and (t := toks[pos]).kind is Kind.OP and PREC[t.text][0] >= min_prec:
            prec, assoc = PREC[t.text]
            pos += 1
            right = expr(prec + 1 if assoc == 'L' else prec)
            left = BinOp(t.text, left, right)
        return left
    e = expr(0)
    if pos != len(toks): raise SyntaxError(f"trailing {toks[pos].text!r}")
    return e

def evaluate(e: Expr) -> float:
    match e:
        case Num(v): return v
        case Neg(x): return -evaluate(x)
        case BinOp('+', l, r): return evaluate(l) + evaluate(r)
        case BinOp('-', l, r): return evaluate(l) - evaluate(r)
        case BinOp('*', l, r): return evaluate(l) * evaluate(r)
        case BinOp('/', l, r): return evaluate(l) / evaluate(r)
        case BinOp('^', l, r): return evaluate(l) ** evaluate(r)
        case _: assert_never(e)

def show(e: Expr) -> str:
    match e:
        case Num(value=v) if v == int(v): return str(int(v))
        case Num(value=v): return f"{v}"
        case Neg(operand=o): return f"(-{show(o)})"
        case BinOp(op, l, r): return f"({show(l)} {op} {show(r)})"

results = []
for src in ["1 + 2 * 3", "2 ^ 3 ^ 2", "-(4 - 6) * 2.5", "(1 + 2", "7 / 0", "3 $ 4", "10 / 4 - 1"]:
    try:
        tree = parse(tokenize(src))
        v = evaluate(tree)
        print(f"{src!r:>18} => {show(tree)} = {v:g}")
        results.append(v)
    except* SyntaxError as g:
        print(f"{src!r:>18} => syntax: {g.exceptions[0]}")
    except* ZeroDivisionError as g:
        print(f"{src!r:>18} => math: {g.exceptions[0]}")
print(f"{math.fsum(results)=:.3f}", f"{math.prod(results)=:.1f}", f"{len(results)=}")
cfg = tomllib.loads('''
[deps]
app = ["lib", "util"]
lib = ["core"]
util = ["core"]
core = []
''')
order = list(graphlib.TopologicalSorter(cfg["deps"]).static_order())
print(order[0], order[-1], sorted(order[1:3]))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
@functools.cache
def perm_str(p: Perm) -> str:
    return ''.join(ch if p & f else '-' for ch, f in zip('rwx', (Perm.R, Perm.W, Perm.X), strict=True))
print([perm_str(Perm(i)) for i in range(8)], perm_str.cache_info().currsize)
try:
    evaluate(BinOp('%', Num(1), Num(2)))
except AssertionError as e:
    print("AssertionError", e)
try:
    assert_never("x" * 150)
except AssertionError as e:
    print("AssertionError", e)
