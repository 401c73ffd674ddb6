# SyntaxErrors from 3.11's invalid_* grammar rules: a comprehension target without parentheses,
# a second '*' or '**' among parameters, `(**x)`, a parenthesized `with` header without ':'
srcs = ["[a, b for a in c]", "[a, for a in b]", "{a, b for a in c}", "[a, *b for a in c]", "[a, b async for a in c]",
        "f([a, b for a in c])", "(a, b for a in c)", "[a, b for]", "[a, b for a]", "{1: 2, a for a in b}", "{1: 2, a b}",
        "{1: 2, a", "[(a, b) for a in c]",
        "def f(a, **k, **j): pass", "def f(**k, *a): pass", "def f(**k, /): pass", "def f(**k, a=1): pass",
        "lambda *a, *b: 0", "lambda *a, *: 0", "def f(*a, *): pass", "def f(*a, *,): pass", "lambda a, **k, *b: 0",
        "lambda *, **k: 0", "lambda *,: 0", "lambda *: 0", "def f(*, **k): pass", "def f(*a, *b): pass",
        "(**a)", "(**a, b)", "(**a b)", "(**a for a in b)", "x = (**{})", "(**)", "(** a + 1)",
        "with (a as b, c as d)\n pass", "with (a, b)\n pass", "with (a as b)\n pass", "with (a, b) as c\n pass",
        "with (a as b, c as d) x:\n pass", "with (a as b) as c:\n pass", "with (a, b) as c:\n pass"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
