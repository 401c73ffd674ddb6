# A type checker and evaluator for a tiny expression language: frozen slotted dataclass AST
# nodes, structural pattern matching with class patterns, __match_args__, guards, nested
# sequences and mappings, type environments as ChainMaps, error reporting with positions,
# and an uncaught TypeCheckError (a custom exception with extra fields) at the end.
from __future__ import annotations
from dataclasses import dataclass, field
from collections import ChainMap
from typing import Union
import re


@dataclass(frozen=True, slots=True)
class Num:
    value: int


@dataclass(frozen=True, slots=True)
class Bool:
    value: bool


@dataclass(frozen=True, slots=True)
class Var:
    name: str
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class If:
    cond: "Expr"
    then: "Expr"
    other: "Expr"


@dataclass(frozen=True, slots=True)
class Let:
    name: str
    value: "Expr"
    body: "Expr"


@dataclass(frozen=True, slots=True)
class Fn:
    param: str
    ptype: str
    body: "Expr"


@dataclass(frozen=True, slots=True)
class Call:
    fn: "Expr"
    arg: "Expr"
    pos: int = field(default=0, compare=False)


Expr = Union[Num, Bool, Var, BinOp, If, Let, Fn, Call]


class TypeCheckError(Exception):
    def __init__(self, msg, pos, source):
        super().__init__(msg)
        self.pos, self.source = pos, source

    def __str__(self):
        return f"{self.args[0]}\n  {self.source}\n  {' ' * self.pos}^"


TOKEN = re.compile(r"\s*(?:(\d+)|(true|false)|(let|in|if|then|else|fn)\b|([A-Za-z_]\w*)|(->|==|[-+*<():=\\]))")


def tokenize(src):
    out, i = [], 0
    while i < len(src):
        m = TOKEN.match(src, i)
        if not m or m.end() == i:
            if src[i:].strip() == "":
                break
            raise TypeCheckError(f"bad character {src[i]!r}", i, src)
        num, boolean, kw, name, op = m.groups()
        start = m.start(m.lastindex)
        kind = "num" if num else "bool" if boolean else "kw" if kw else "name" if name else "op"
        out.append((kind, m.group(m.lastindex), start))
        i = m.end()
    return out + [("eof", "", len(src))]


class Parser:
    def __init__(self, src):
        self.src, self.toks, self.i = src, tokenize(src), 0

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise TypeCheckError(f"expected {value!r}, found {tok[1] or 'end of input'!r}", tok[2], self.src)
        self.i += 1
        return tok

    def expr(self):
        match self.peek():
            case ("kw", "let", _):
                self.take()
                name = self.take()[1]
                self.take("=")
                value = self.expr()
                self.take("in")
                return Let(name, value, self.expr())
            case ("kw", "if", _):
                self.take()
                c = self.expr()
                self.take("then")
                t = self.expr()
                self.take("else")
                return If(c, t, self.expr())
            case ("kw", "fn", _):
                self.take()
                p = self.take()[1]
                self.take(":")
                ty = self.take()[1]
                self.take("->")
                return Fn(p, ty, self.expr())
        return self.compare()

    def compare(self):
        left = self.additive()
        while self.peek()[1] in ("<", "=="):
            _, op, pos = self.take()
            left = BinOp(op, left, self.additive(), pos)
        return left

    def additive(self):
        left = self.application()
        while self.peek()[1] in ("+", "-", "*"):
            _, op, pos = self.take()
            left = BinOp(op, left, self.application(), pos)
        return left

    def application(self):
        f = self.atom()
        while self.peek()[0] in ("num", "bool", "name") or self.peek()[1] == "(":
            pos = self.peek()[2]
            f = Call(f, self.atom(), pos)
        return f

    def atom(self):
        kind, val, pos = self.take()
        match kind, val:
            case "num", _:
                return Num(int(val))
            case "bool", _:
                return Bool(val == "true")
            case "name", _:
                return Var(val, pos)
            case "op", "(":
                e = self.expr()
                self.take(")")
                return e
        raise TypeCheckError(f"unexpected {val or 'end of input'!r}", pos, self.src)


def check(e, env, src):
    match e:
        case Num():
            return "int"
        case Bool():
            return "bool"
        case Var(name, pos):
            if name not in env:
                raise TypeCheckError(f"unknown variable {name!r}", pos, src)
            return env[name]
        case BinOp("+" | "-" | "*" as op, l, r, pos) | BinOp("<" as op, l, r, pos):
            lt, rt = check(l, env, src), check(r, env, src)
            if (lt, rt) != ("int", "int"):
                raise TypeCheckError(f"operator {op} needs int and int, got {lt} and {rt}", pos, src)
            return "bool" if op == "<" else "int"
        case BinOp("==", l, r, pos):
            lt, rt = check(l, env, src), check(r, env, src)
            if lt != rt:
                raise TypeCheckError(f"cannot compare {lt} with {rt}", pos, src)
            return "bool"
        case If(c, t, o):
            if (ct := check(c, env, src)) != "bool":
                raise TypeCheckError(f"condition must be bool, not {ct}", 0, src)
            tt, ot = check(t, env, src), check(o, env, src)
            if tt != ot:
                raise TypeCheckError(f"branches differ: {tt} vs {ot}", 0, src)
            return tt
        case Let(name, value, body):
            return check(body, env.new_child({name: check(value, env, src)}), src)
        case Fn(p, ty, body):
            return ("fn", ty, check(body, env.new_child({p: ty}), src))
        case Call(f, a, pos):
            match check(f, env, src):
                case ("fn", param, result):
                    at = check(a, env, src)
                    if at != param:
                        raise TypeCheckError(f"argument is {at}, function wants {param}", pos, src)
                    return result
                case other:
                    raise TypeCheckError(f"cannot call a value of type {other}", pos, src)
    raise AssertionError(f"unhandled node {e!r}")


def evaluate(e, env):
    match e:
        case Num(v) | Bool(v):
            return v
        case Var(name):
            return env[name]
        case BinOp(op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return {"+": a + b, "-": a - b, "*": a * b, "<": a < b, "==": a == b}[op]
        case If(c, t, o):
            return evaluate(t if evaluate(c, env) else o, env)
        case Let(name, value, body):
            return evaluate(body, env.new_child({name: evaluate(value, env)}))
        case Fn(p, _, body):
            return lambda x: evaluate(body, env.new_child({p: x}))
        case Call(f, a):
            return evaluate(f, env)(evaluate(a, env))


def show_type(t):
    match t:
        case ("fn", a, r):
            return f"({show_type(a)} -> {show_type(r)})"
        case str():
            return t


programs = [
    "1 + 2 * 3",
    "let x = 5 in if x < 10 then x * 2 else 0",
    "let double = fn n : int -> n + n in double (double 7)",
    "let compose = fn b : bool -> if b then 1 else 2 in compose (3 < 4)",
    "(fn x : int -> x == 3) 3",
    "1 + true",
    "let f = fn x : int -> x in f false",
    "if 1 then 2 else 3",
    "if true then 1 else false",
    "5 6",
    "y + 1",
    "let x = 1 x",
    "1 + $",
    "3 == true",
]
env0 = ChainMap({})
for src in programs:
    try:
        tree = Parser(src).expr()
        ty = check(tree, env0, src)
        print(f"{src:<52} : {show_type(ty):<16} = {evaluate(tree, ChainMap({}))!r}")
    except TypeCheckError as e:
        print(f"error in {src!r}: {e.args[0]} (pos {e.pos})")
print(Parser("let a = 1 in a").expr())
print(BinOp("+", Num(1), Num(2), pos=5) == BinOp("+", Num(1), Num(2), pos=9), hash(Num(3)) == hash(Num(3)), Num.__match_args__, BinOp.__match_args__)
src = "let inc = fn n : int -> n + 1 in inc (inc true)"
tree = Parser(src).expr()
print("checking:", src)
check(tree, env0, src)
