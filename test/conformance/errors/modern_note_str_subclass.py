# notes that are str subclasses (shown raw) and non-str notes on an uncaught exception
import traceback
class S(str):
    def __str__(self): return "OVERRIDE"
e = ValueError("v")
e.add_note(S("raw\nnote"))
e.__notes__.append(42)
print("".join(traceback.format_exception_only(e)), end="")
raise e
