# traceback.format_exception_only of SyntaxErrors: the module's layout, not the interpreter's
import traceback

def show(e):
    print(traceback.format_exception_only(e))

try:
    compile("if True:\nprint(1)", "<probe>", "exec")
except IndentationError as e:
    show(e)
    print("".join(traceback.format_exception(e)).splitlines()[-3:])
try:
    compile("x = (1,\n\t2 +)", "cfg.py", "exec")
except SyntaxError as e:
    show(e)
show(SyntaxError("custom msg"))
show(SyntaxError("custom msg", ("file.txt", None, None, None)))
show(SyntaxError("m", ("file.txt", 3, 10, "    abc def ghi\n", 3, 13)))
show(IndentationError("m", ("file.txt", 3, 2, "  abc def ghi\n", 3, 7)))
show(SyntaxError("m", ("file.txt", 3, 40, "abc\n", 3, 50)))
show(SyntaxError(None, ("f", 1, 1, "x", 1, 1)))
show(SyntaxError("tab", ("f", 2, 3, "\tab cd\n", 2, 5)))
show(TabError("t", ("", 1, 1, "x\n", 1, 0)))
# The interpreter gives a subclass one caret.
compile("for i in range(2):\nprint(i)", "<probe>", "exec")
