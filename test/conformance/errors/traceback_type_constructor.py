# types.TracebackType: building a traceback by hand (as template engines do) and raising with it.
import sys
import types
import traceback


def where():
    return sys._getframe(1)


def render():
    frame = where()
    return types.TracebackType(None, frame, frame.f_lasti, frame.f_lineno)


tb = render()
print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next, type(tb).__name__)
here = sys._getframe()
outer = types.TracebackType(tb, here, here.f_lasti, here.f_lineno)
print(outer.tb_next is tb, outer.tb_lineno, [f.name for f in traceback.extract_tb(outer)], [f.lineno for f in traceback.extract_tb(outer)])
for args in [(5, sys._getframe(), 0, 1), (None, 'frame', 0, 1), (None, sys._getframe(), 'x', 1), (None, sys._getframe(), 0)]:
    try:
        types.TracebackType(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    raise ValueError('template error').with_traceback(outer)
except ValueError as e:
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)][-2:])
