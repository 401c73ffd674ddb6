# Inside an exception group the interpreter draws the "| " margin only before a member's first message
# line and its SyntaxError "File" line (the traceback module indents every line)
import traceback
errs = []
for src in ["x = (1 2)\n", "x = 1\n  y\n"]:
    try:
        compile(src, "member.py", "exec")
    except SyntaxError as e:
        errs.append(e)
class Blank(Exception):
    def __str__(self):
        return "two\nlines"
note = ValueError("a\nb")
note.add_note("note 1\nnote 2")
errs += [Blank(), note, ValueError("\n"), ValueError("trailing\n"), KeyError("k\nv")]
traceback.print_exception(ExceptionGroup("module\nstyle", errs))
raise ExceptionGroup("interpreter\nstyle", errs)
