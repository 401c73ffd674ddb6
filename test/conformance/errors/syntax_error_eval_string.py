# SyntaxErrors from eval()/compile() strings in 'eval' and 'single' mode: no newline is added to their last line, and a failure at their end has offset 0 (no caret)
cases = [("2 +", "eval"), ("2 +\n", "eval"), ("5 5", "eval"), ("x.", "eval"), ("1 if 2 else", "eval"),
         ("1 + # c", "eval"), ("\n1 +", "eval"), ("2 * (3 + 4", "eval"), ("x = 3 +", "single"),
         ("a b", "single"), ("x = 3 +", "exec"), ("f(x for x in y, 1)", "eval")]
for src, mode in cases:
    try:
        compile(src, "<string>", mode)
    except SyntaxError as e:
        print(repr(src), mode, "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for expr in ["1 + 2", "3 * (4 - 1)", "10 /", "2 **"]:
    try:
        print(expr, "=", eval(expr))
    except SyntaxError as e:
        print(expr, "->", type(e).__name__, e)
eval("7 * 6 -")
