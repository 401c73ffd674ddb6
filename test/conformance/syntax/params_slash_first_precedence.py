# A parameter list starting with '/,' is reported as "at least one argument must precede /"
# before any later error in the list (a missing default), in def and lambda, plus the other
# parameter-order and call-argument-order messages with their locations.
srcs = [
    "def foo(/,a,b=,c): pass",
    "def foo(/,b=): pass",
    "def foo(/, *, b=): pass",
    "lambda /,a,b=,c: 0",
    "lambda /,b=: 0",
    "def foo(/): pass",
    "def foo(a, /, b=, /): pass",
    "def f(a, /, /): pass",
    "def f(*, /): pass",
    "def f(a=1, b): pass",
    "lambda /: 0",
    "def f(**k, a): pass",
    "def f(*): pass",
    "match x:\n    case C(a=b, c, d=e): pass",
    "f(**x, *y)",
    "f(a=1, b)",
    "f(**x, y)",
]
for s in srcs:
    try:
        compile(s, 's', 'exec')
        print(repr(s), 'compiled')
    except SyntaxError as e:
        print(repr(s), '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
