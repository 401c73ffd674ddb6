# A small Lisp interpreter using match statements, closures, and recursion
import math
import operator as op
from dataclasses import dataclass, field
from typing import Any


class LispError(Exception):
    pass


Symbol = str


@dataclass
class Env:
    vars: dict = field(default_factory=dict)
    outer: "Env | None" = None

    def find(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")


@dataclass
class Lambda:
    params: list
    body: Any
    env: Env = field(repr=False)

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(dict(zip(self.params, args)), self.env))


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    match tok:
        case "(":
            out = []
            while tokens and tokens[0] != ")":
                out.append(read(tokens))
            if not tokens:
                raise LispError("missing )")
            tokens.pop(0)
            return out
        case ")":
            raise LispError("unexpected )")
        case "'":
            return ["quote", read(tokens)]
        case _:
            for conv in (int, float):
                try:
                    return conv(tok)
                except ValueError:
                    pass
            return Symbol(tok)


def global_env():
    env = Env()
    env.vars.update(vars(math))
    env.vars.update({
        "+": lambda *a: sum(a), "-": op.sub, "*": lambda *a: math.prod(a), "/": op.truediv,
        ">": op.gt, "<": op.lt, ">=": op.ge, "<=": op.le, "=": op.eq,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda x, y: [x] + y,
        "list": lambda *x: list(x), "null?": lambda x: x == [], "length": len,
        "apply": lambda f, args: f(*args), "map": lambda f, xs: [f(x) for x in xs],
        "number?": lambda x: isinstance(x, (int, float)), "display": print,
    })
    return env


def evaluate(x, env):
    while True:
        match x:
            case str() as name:
                return env.find(name).vars[name]
            case int() | float():
                return x
            case ["quote", expr]:
                return expr
            case ["if", test, conseq, alt]:
                x = conseq if evaluate(test, env) else alt
            case ["if", test, conseq]:
                x = conseq if evaluate(test, env) else []
            case ["define", [name, *params], body]:
                env.vars[name] = Lambda(params, body, env)
                return None
            case ["define", str(name), expr]:
                env.vars[name] = evaluate(expr, env)
                return None
            case ["set!", name, expr]:
                env.find(name).vars[name] = evaluate(expr, env)
                return None
            case ["lambda", [*params], body]:
                return Lambda(params, body, env)
            case ["let", [*bindings], body]:
                names = [b[0] for b in bindings]
                vals = [evaluate(b[1], env) for b in bindings]
                env = Env(dict(zip(names, vals)), env)
                x = body
            case ["begin", *exprs] if exprs:
                for e in exprs[:-1]:
                    evaluate(e, env)
                x = exprs[-1]
            case ["cond", *clauses]:
                for test, expr in clauses:
                    if test == "else" or evaluate(test, env):
                        x = expr
                        break
                else:
                    return None
            case [fn_expr, *arg_exprs]:
                fn = evaluate(fn_expr, env)
                args = [evaluate(a, env) for a in arg_exprs]
                if isinstance(fn, Lambda):
                    if len(args) != len(fn.params):
                        raise LispError(f"expected {len(fn.params)} args, got {len(args)}")
                    env = Env(dict(zip(fn.params, args)), fn.env)
                    x = fn.body
                elif callable(fn):
                    return fn(*args)
                else:
                    raise LispError(f"not a procedure: {to_str(fn)}")
            case []:
                raise LispError("empty application")
            case _:
                raise LispError(f"bad form {x!r}")


def to_str(v):
    match v:
        case True if v is True:
            return "#t"
        case False if v is False:
            return "#f"
        case list():
            return "(" + " ".join(map(to_str, v)) + ")"
        case Lambda(params=ps):
            return f"<lambda ({' '.join(ps)})>"
        case float() if v.is_integer():
            return f"{v:.1f}"
        case _:
            return str(v)


program = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(fact 20)
(fact 30)
(define (count-down n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(count-down 1000 0)
(define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))))
(define c (make-counter))
(c)
(c)
(map (lambda (x) (* x x)) '(1 2 3 4))
(cond ((> 1 2) 'no) ((< 1 2) 'yes) (else 'never))
(define (fib n) (cond ((< n 2) n) (else (+ (fib (- n 1)) (fib (- n 2))))))
(map fib '(0 1 2 3 4 5 6 7 8 9 10 12))
(sqrt (* 2 8))
(/ 1 3)
(list 1 (list 2 3) 'a)
(car '())
(undefined-thing 1)
(fact 1 2)
(1 2 3)
(cons 0 '(1 2))
(apply + '(1 2 3))
(if (null? '()) 'empty 'full)
make-counter
(length '(a b c))
(
"""
env = global_env()
tokens = tokenize(program)
while tokens:
    try:
        expr = read(tokens)
        result = evaluate(expr, env)
        if result is not None:
            print(to_str(result))
    except LispError as e:
        print("error:", e)
    except (TypeError, IndexError, ZeroDivisionError) as e:
        print(f"python error: {type(e).__name__}: {e}")
