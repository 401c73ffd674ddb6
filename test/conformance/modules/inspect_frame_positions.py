# inspect's frame records carry 3.11's `positions`: the dis.Positions of the instruction a
# frame or traceback stands at (an attribute beside the named-tuple fields), in their repr too.
import inspect
import sys


def where():
    return inspect.stack()[1]


def caller():
    info = where(
    )
    return info


info = caller()
print(info.function, info.lineno - caller.__code__.co_firstlineno, info.index, info.code_context)
p = info.positions
print(type(p).__name__, p.lineno - caller.__code__.co_firstlineno, p.end_lineno - p.lineno, p.col_offset, p.end_col_offset)
print(len(info), info[:1] == (info.frame,), info._fields)
print(type(info).__name__, repr(info).startswith('FrameInfo(frame='), repr(info).endswith(', positions=%r)' % (p,)))


def fails():
    x = {}
    return x['missing'
             ]


try:
    fails()
except KeyError:
    records = inspect.trace()
for r in records:
    q = r.positions
    print(r.function, r.lineno - r.frame.f_code.co_firstlineno, q.lineno - r.frame.f_code.co_firstlineno,
          q.end_lineno - q.lineno, q.col_offset, q.end_col_offset)

t = inspect.getframeinfo(sys._getframe())
print(type(t).__name__, t.positions.lineno == t.lineno, t._fields, len(t))
print(repr(t).startswith("Traceback(filename="), 'positions=Positions(lineno=' in repr(t))
print(inspect.Traceback('f', 1, 'g', None, None), inspect.Traceback('f', 1, 'g', None, None).positions)
try:
    inspect.getframeinfo(42)
except Exception as e:
    print(type(e).__name__, e)
