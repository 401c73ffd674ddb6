# importing a module with a syntax error raises SyntaxError at the import statement
print("before import")
try:
    import _mod_bad_syntax
except SyntaxError as e:
    print("caught SyntaxError:", e.msg)
    print("line", e.lineno)
import sys
print("_mod_bad_syntax" in sys.modules)
print("now importing it without a handler")
import _mod_bad_syntax
print("not reached")
