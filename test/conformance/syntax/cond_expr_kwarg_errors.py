# SyntaxErrors: an `if` expression without `else` (the message only when no ':' follows) and
# True/False/None used as a keyword argument's name
srcs = ["x = 1 if 2", "f(a if b)", "lambda: x if y", "f(a if b, c)", "for x in 1, 2 if True:\n    pass",
        "if x if y:\n  pass", "x = [a if b: c]", "while a if b:\n  pass", "with a if b:\n  pass",
        "x = {a if b: c}", "x[a if b:c]", "x = a if b else",
        "f(True=1)", "f(None =1)", "f(x, False=2)", "f((True)=1)", "f(True==1)", "f(x.y=1)", "f(a=1, True=2)"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
