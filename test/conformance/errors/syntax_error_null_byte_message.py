# A SyntaxError made without SyntaxError.__init__ (a source with a null byte) still shows its message.
import traceback
try:
    compile("x = 1\0\n", "a", "exec")
except SyntaxError as e:
    traceback.print_exc(limit=0)
    print(traceback.format_exception_only(type(e), e))
exec("y = 2\0")
