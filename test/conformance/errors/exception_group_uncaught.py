# Exception groups through the traceback module and uncaught: the nested boxes, chained causes and
# contexts inside a group, notes, the depth (10) and width (15) limits.
import traceback, sys
FOLDER = __file__.rsplit("/", 1)[0] + "/"
def fmt(e):
    return ''.join(traceback.format_exception(e)).replace(FOLDER, '')
def f():
    raise ValueError(1)
def g():
    try:
        f()
    except ValueError as e:
        raise KeyError('k') from e
def make():
    excs = []
    for fn in (f, g):
        try:
            fn()
        except Exception as e:
            excs.append(e)
    try:
        raise TypeError('ctx')
    except TypeError:
        try:
            raise ExceptionGroup("inner", [OSError(2, 'x'), ValueError(9)])
        except ExceptionGroup as ie:
            ie.add_note("inner note")
            excs.append(ie)
    eg = ExceptionGroup("outer", excs)
    eg.add_note("note A")
    eg.add_note("multi\nline")
    return eg
try:
    raise make()
except ExceptionGroup as e:
    saved = e
print(fmt(saved))
import io
buf = io.StringIO()
traceback.print_exception(saved, file=buf)
print(buf.getvalue().replace(FOLDER, ''))
print(traceback.format_exception_only(saved))
print([l.replace(FOLDER, '') for l in traceback.format_exception(saved, chain=False)][:3])
deep = ValueError('leaf')
for i in range(12):
    deep = ExceptionGroup(f"d{i}", [deep])
print(''.join(traceback.format_exception(deep)))
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
print(''.join(traceback.format_exception(wide)))
wide16 = ExceptionGroup("wide", [ValueError(i) for i in range(16)])
print(''.join(traceback.format_exception(wide16))[-200:])
e = ValueError('x'); e.__notes__ = ['a', 3]
print(''.join(traceback.format_exception(e)))
e.__notes__ = 'notalist'
print(''.join(traceback.format_exception(e)))
raise make()
