# Exceptions reachable twice in one report (a cause shared by two sub-exceptions, a context
# cycle, a member in two groups): the traceback module's walk and the interpreter's differ.
import traceback, sys
c = KeyError('shared')
a = ValueError('a'); a.__cause__ = c
b = TypeError('b'); b.__cause__ = c
g = ExceptionGroup("g", [a, b])
print(''.join(traceback.format_exception(g)))
sys.excepthook(ExceptionGroup, g, None)
# a cycle and a shared context
x = ValueError('x'); y = KeyError('y'); x.__context__ = y; y.__context__ = x
print(''.join(traceback.format_exception(x)))
sys.excepthook(ValueError, x, None)
s = OSError('ctx')
p = ValueError('p'); p.__context__ = s
q = TypeError('q'); q.__context__ = s; q.__cause__ = s
r = KeyError('r'); r.__context__ = s
g2 = ExceptionGroup("g2", [p, q, ExceptionGroup("in", [r, p])])
print(''.join(traceback.format_exception(g2)))
sys.excepthook(ExceptionGroup, g2, None)
