# An interpreter for a small expression language using structural pattern matching on dataclass ASTs.
from dataclasses import dataclass
from typing import Union
import re


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: 'Expr'
    right: 'Expr'


@dataclass(frozen=True)
class Let:
    name: str
    value: 'Expr'
    body: 'Expr'


@dataclass(frozen=True)
class If:
    cond: 'Expr'
    then: 'Expr'
    other: 'Expr'


@dataclass(frozen=True)
class Call:
    fn: str
    args: tuple


Expr = Union[Num, Var, BinOp, Let, If, Call]
TOKEN = re.compile(r'\s*(?:(\d+(?:\.\d*)?)|([A-Za-z_]\w*)|(==|<=|>=|[-+*/()<>,=]))')


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f'bad character {src[pos]!r} at {pos}')
        pos = m.end()
        num, name, op = m.groups()
        out.append(('num', float(num)) if num else ('name', name) if name else ('op', op))
    return out


class Parser:
    PREC = {'==': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '+': 2, '-': 2, '*': 3, '/': 3}

    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ('eof', None)

    def take(self, kind=None, value=None):
        tok = self.peek()
        match tok:
            case (k, v) if (kind is None or k == kind) and (value is None or v == value):
                self.i += 1
                return tok
            case _:
                raise SyntaxError(f'expected {value or kind}, got {tok[1]!r}')

    def expr(self, min_prec=0):
        left = self.atom()
        while True:
            match self.peek():
                case ('op', op) if op in self.PREC and self.PREC[op] > min_prec:
                    self.i += 1
                    left = BinOp(op, left, self.expr(self.PREC[op]))
                case _:
                    return left

    def atom(self):
        match self.take():
            case ('num', v):
                return Num(v)
            case ('op', '-'):
                return BinOp('-', Num(0), self.atom())
            case ('op', '('):
                e = self.expr()
                self.take('op', ')')
                return e
            case ('name', 'let'):
                _, name = self.take('name')
                self.take('op', '=')
                value = self.expr()
                self.take('name', 'in')
                return Let(name, value, self.expr())
            case ('name', 'if'):
                c = self.expr()
                self.take('name', 'then')
                t = self.expr()
                self.take('name', 'else')
                return If(c, t, self.expr())
            case ('name', name) if self.peek() == ('op', '('):
                self.i += 1
                args = []
                if self.peek() != ('op', ')'):
                    args.append(self.expr())
                    while self.peek() == ('op', ','):
                        self.i += 1
                        args.append(self.expr())
                self.take('op', ')')
                return Call(name, tuple(args))
            case ('name', name):
                return Var(name)
            case tok:
                raise SyntaxError(f'unexpected {tok[1]!r}')


FUNCS = {'max': max, 'min': min, 'abs': abs, 'sqrt': lambda x: x ** 0.5}


def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f'unbound {name}')
        case BinOp('/', _, Num(0.0)):
            raise ZeroDivisionError('literal division by zero')
        case BinOp(op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            match op:
                case '+': return a + b
                case '-': return a - b
                case '*': return a * b
                case '/': return a / b
                case '==': return float(a == b)
                case '<': return float(a < b)
                case '>': return float(a > b)
                case '<=' | '>=' as cmp: return float(a <= b if cmp == '<=' else a >= b)
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case If(cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)
        case Call(fn, args) if fn in FUNCS:
            return FUNCS[fn](*(evaluate(a, env) for a in args))
        case Call(fn, _):
            raise NameError(f'no function {fn}')


def simplify(e):
    match e:
        case BinOp('+', Num(0.0), x) | BinOp('+', x, Num(0.0)) | BinOp('*', Num(1.0), x) | BinOp('*', x, Num(1.0)):
            return simplify(x)
        case BinOp('*', Num(0.0), _) | BinOp('*', _, Num(0.0)):
            return Num(0.0)
        case BinOp(op, Num(a), Num(b)) if op in '+-*':
            return Num(evaluate(e, {}))
        case BinOp(op, l, r):
            new = BinOp(op, simplify(l), simplify(r))
            return simplify(new) if new != e else new
        case _:
            return e


PROGRAMS = ['1 + 2 * 3', '(1 + 2) * 3', 'let x = 5 in x * x - 1', 'if 3 > 2 then 10 else 20', 'max(1, 7, 3) + abs(-2)',
            'let a = 2 in let b = a * 3 in sqrt(a * b + 4)', '-3 - -3', 'y + 1', '1 / 0', '4 / (2 - 2)', 'foo(1)', '1 +', '2 $ 3',
            'let x = 1 x', '0 + x * 1 + 0 * y', '(2 * 3) + z * (1 + 0)', 'if 1 == 1 then 2 <= 3 else 0']
for src in PROGRAMS:
    try:
        ast = Parser(tokenize(src)).expr()
        print(f'{src!r:45} -> {evaluate(ast, {"z": 10.0})}')
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f'{src!r:45} !! {type(e).__name__}: {e}')
print(simplify(Parser(tokenize('0 + x * 1 + 0 * y')).expr()), simplify(Parser(tokenize('(2 * 3) + z * (1 + 0)')).expr()))
print(Parser(tokenize('let x = 1 in if x then x else 0')).expr())
print(hash(Num(1.0)) == hash(Num(1.0)), Num(1) == Num(1.0), BinOp.__match_args__)
try:
    Num(1).value = 2
except Exception as e:
    print(type(e).__name__, e)


def describe(obj):
    match obj:
        case []: return 'empty list'
        case [x]: return f'one: {x}'
        case [x, *rest] if len(rest) > 2: return f'{x} and {len(rest)} more'
        case (a, b): return f'pair {a},{b}'
        case {'type': 'point', 'x': int(x), 'y': int(y), **others}: return f'point {x},{y} +{sorted(others)}'
        case {'type': t}: return f'typed {t}'
        case str() | bytes() as s: return f'stringish {s!r}'
        case int(n) if n < 0: return 'negative'
        case float() | int(): return 'number'
        case None: return 'none'
        case _: return 'other ' + type(obj).__name__


for o in [[], [1], [1, 2, 3, 4], (1, 2), [1, 2, 3], {'type': 'point', 'x': 1, 'y': 2, 'z': 3}, {'type': 'point', 'x': 1.5, 'y': 2},
          'hi', b'by', -5, 2.5, True, None, {1, 2}]:
    print(repr(o), '->', describe(o))
