# The interpreter's report of __notes__ (a list with non-str items, a str, a non-sequence, a note
# whose str() fails) and of a group without a traceback, through sys.excepthook.
import sys
e = ValueError('x'); e.__notes__ = ['a', 3, 'b\nc']
try: raise e
except ValueError: pass
sys.excepthook(ValueError, e, None)
e.__notes__ = 'notalist'
sys.excepthook(ValueError, e, None)
e.__notes__ = 5
sys.excepthook(ValueError, e, None)
class R:
    def __str__(self): raise KeyError
e.__notes__ = [R()]
sys.excepthook(ValueError, e, None)
g = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
g.__traceback__ = None
sys.excepthook(ExceptionGroup, g, None)
print("--", file=sys.stderr)
