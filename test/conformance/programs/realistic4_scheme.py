# A tiny Scheme: tokenizer, reader to nested lists, environments as dict chains,
# tail calls in a loop, quasi-errors reported with their own exception classes.
import math
import operator as op
from collections import ChainMap


class SchemeError(Exception):
    pass


class Symbol(str):
    def __repr__(self):
        return f"Symbol({str(self)!r})"


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise SchemeError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise SchemeError("missing )")
        tokens.pop(0)
        return out
    if tok == ")":
        raise SchemeError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Lambda:
    __slots__ = ("params", "body", "env", "name")

    def __init__(self, params, body, env):
        self.params, self.body, self.env, self.name = params, body, env, "lambda"

    def __repr__(self):
        return f"#<procedure {self.name}/{len(self.params)}>"


def standard_env():
    env = {
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda *a: math.prod(a), "/": op.truediv, "<": op.lt, ">": op.gt,
        "=": op.eq, "<=": op.le, "abs": abs, "car": lambda x: x[0],
        "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b, "list": lambda *a: list(a),
        "null?": lambda x: x == [], "length": len, "not": op.not_,
        "modulo": op.mod, "quotient": op.floordiv, "display": lambda x: print(to_str(x), end=""),
        "newline": lambda: print(),
    }
    return ChainMap(env)


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    return str(x)


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            try:
                return env[x]
            except KeyError:
                raise SchemeError(f"unbound variable: {x}") from None
        if not isinstance(x, list):
            return x
        if not x:
            raise SchemeError("empty application")
        head = x[0]
        if head == "quote":
            return x[1]
        if head == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if head == "define":
            _, target, *body = x
            if isinstance(target, list):
                fn = Lambda(target[1:], body, env)
                fn.name = target[0]
                env[target[0]] = fn
            else:
                env[target] = evaluate(body[0], env)
            return None
        if head == "lambda":
            return Lambda(x[1], x[2:], env)
        if head == "let":
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env = env.new_child(dict(zip(names, vals)))
            for e in x[2:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if head == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Lambda):
            if len(args) != len(proc.params):
                raise SchemeError(f"{proc.name}: expected {len(proc.params)} args, got {len(args)}")
            env = proc.env.new_child(dict(zip(proc.params, args)))
            for e in proc.body[:-1]:
                evaluate(e, env)
            x = proc.body[-1]
            continue
        if not callable(proc):
            raise SchemeError(f"not a procedure: {to_str(proc)}")
        try:
            return proc(*args)
        except TypeError as e:
            raise SchemeError(f"bad call to {head}: {e}") from e


def run(src, env):
    tokens = tokenize(src)
    result = None
    while tokens:
        result = evaluate(read(tokens), env)
    return result


genv = standard_env()
programs = [
    "(define (fact n) (if (< n 2) 1 (* n (fact (- n 1))))) (fact 25)",
    "(define (loop n acc) (if (= n 0) acc (loop (- n 1) (+ acc n)))) (loop 3000 0)",
    "(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs))))) (map (lambda (x) (* x x)) '(1 2 3 4))",
    "(let ((a 3) (b 4)) (+ (* a a) (* b b)))",
    "(begin (display '(1 (2 3) #t)) (newline) (quotient 17 5))",
    "(define (compose f g) (lambda (x) (f (g x)))) ((compose abs -) 7)",
    "(/ 1 4)",
    "(foo 1 2)",
    "(1 2 3)",
    "(car '())",
    "(define (two a b) a) (two 1)",
    "(+ 1 (* 2 3)",
    ")",
    "(/ 1 0)",
]
for src in programs:
    try:
        print(f"{src[:40]:<40} => {to_str(run(src, genv))}")
    except SchemeError as e:
        cause = e.__cause__
        extra = f" [cause {type(cause).__name__}]" if cause else ""
        print(f"{src[:40]:<40} !! {e}{extra}")
    except (ZeroDivisionError, IndexError) as e:
        print(f"{src[:40]:<40} !! python: {e!r}")

print(genv["fact"], genv["map"], repr(Symbol("x")))
print(sorted(k for k in genv.maps[0] if k.isalpha())[:6])
print(len(genv.maps), type(genv).__name__)
