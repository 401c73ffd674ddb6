# traceback 3.10/3.11 API: print_exception/format_exception with one exception, FrameSummary positions (given by hand too), StackSummary.from_list
import traceback, sys
def f():
    x = [1]
    return x[5] + 1
try: f()
except IndexError as e: err = e
print(traceback.format_exception(err)[-1], end='')
print(len(traceback.format_exception(err, limit=1)), len(traceback.format_exception(err, limit=-1)))
traceback.print_exception(err, limit=0)
traceback.print_exception(type(err), err, None)
te = traceback.TracebackException.from_exception(err)
fs = te.stack[-1]
print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.line, repr(fs).startswith('<FrameSummary file '))
print(list(te.format_exception_only()), te.exc_type.__name__)
s = traceback.extract_tb(err.__traceback__)
print([ (x.name, x.lineno) for x in s], type(s).__name__)
print(s.format()[-1].split(', line ')[1], end='')
fs2 = traceback.FrameSummary('file.py', 3, 'fn', line='code()', end_lineno=3, colno=0, end_colno=6)
print(fs2.colno, fs2.end_colno, fs2.line, fs2 == ('file.py', 3, 'fn', 'code()'), list(fs2))
st = traceback.StackSummary.from_list([('a.py', 1, 'm', 'x = 1'), fs2])
print(st.format())
try:
    traceback.print_exception(err, err, None)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
try:
    traceback.format_exception(err, value=err)
except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(traceback.format_exception_only(err)[0], end='')
print(traceback.format_exception_only(None), traceback.format_exception_only(ValueError, None))
fs=traceback.FrameSummary('f.py', 3, 'fn', line='x', end_lineno=None, colno=2)
print(fs.end_lineno, fs.colno, fs.end_colno)
fs=traceback.FrameSummary('f.py', 3, 'fn', line='x', end_lineno='a', colno=2.5)
print(fs.end_lineno, fs.colno, fs.end_colno, fs.lineno)
