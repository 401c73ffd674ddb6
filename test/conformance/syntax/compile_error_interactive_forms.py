# SyntaxErrors of 'exec' and 'single' strings printed by the traceback module and by sys.excepthook: an
# unindent at the end of a string without its newline is located at the line's end, not past it
import traceback, sys
srcs = ["x = (1 2)", "\tif x:\n\t\ty = = 1", "é = ((1,\n  2)", "def f():\n\treturn\n  x", "x = 'abc",
        "print 'x'", "f(**a, *b)", "x = 1 +", "  x = 1", "a.b.c = = 1", "λ = 1 $ 2", "x = [1, 2", "if x:\npass"]
for s in srcs:
    for mode in ('exec', 'single'):
        try:
            compile(s, "<input>", mode)
        except SyntaxError as e:
            print(mode, e.args)
            print(''.join(traceback.format_exception_only(type(e), e)), end='')
            sys.excepthook(type(e), e, None)
