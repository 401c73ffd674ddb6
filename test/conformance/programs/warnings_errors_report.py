# Error handling in a batch importer: warnings (filters, once/always/error, custom categories), ExceptionGroup, notes, ExitStack, traceback formatting.
import warnings
import traceback
import contextlib
import sys
import io


class DataWarning(UserWarning):
    pass


class LegacyFormat(DeprecationWarning):
    pass


def parse_row(i, row):
    fields = row.split(',')
    if len(fields) == 2:
        warnings.warn(f'row {i}: legacy 2-field format', LegacyFormat, stacklevel=2)
        fields.append('0')
    name, qty, price = fields
    if not name:
        warnings.warn('empty name', DataWarning)
    try:
        return name, int(qty), float(price)
    except ValueError as e:
        e.add_note(f'while parsing row {i}: {row!r}')
        raise


def import_rows(rows):
    good, errors = [], []
    for i, row in enumerate(rows):
        try:
            good.append(parse_row(i, row))
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f'{len(errors)} bad rows', errors)
    return good


ROWS = ['pen,3,1.5', 'ink,2', ',1,2', 'pad,x,3', 'cup,1,y', 'box,4']
warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    try:
        import_rows(ROWS)
    except* ValueError as eg:
        print('group:', eg.message, len(eg.exceptions))
        for e in eg.exceptions:
            print('  ', type(e).__name__, e, e.__notes__)
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, w.filename == __file__)

warnings.resetwarnings()
warnings.filterwarnings('ignore', category=LegacyFormat)
warnings.filterwarnings('error', message='empty', category=DataWarning)
try:
    import_rows([',1,1'])
except DataWarning as e:
    print('raised DataWarning:', e)
warnings.resetwarnings()
warnings.simplefilter('once', DataWarning)
for _ in range(3):
    parse_row(0, ',1,1')
warnings.warn('module level', RuntimeWarning)
warnings.warn_explicit('explicit', UserWarning, 'fake.py', 42)
old = warnings.showwarning
warnings.showwarning = lambda msg, cat, fn, ln, file=None, line=None: print('SHOW', cat.__name__, msg, ln)
warnings.warn('custom show')
warnings.showwarning = old
print(warnings.formatwarning('fmt', UserWarning, 'f.py', 7, 'x = 1').rstrip())

# exception chaining and traceback formatting
def level3():
    {}['missing']


def level2():
    try:
        level3()
    except KeyError as e:
        raise RuntimeError('level2 failed') from e


def level1():
    try:
        level2()
    except RuntimeError:
        raise ValueError('level1 failed')


try:
    level1()
except ValueError as e:
    lines = traceback.format_exception(e)
    text = ''.join(lines)
    print(text.count('Traceback'), 'direct cause' in text, 'During handling' in text)
    print(''.join(traceback.format_exception_only(type(e), e)), end='')
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])
    print(type(e.__context__).__name__, type(e.__context__.__cause__).__name__, e.__suppress_context__, e.__context__.__suppress_context__)
    s = traceback.TracebackException.from_exception(e)
    print(s.exc_type.__name__, [f.name for f in s.stack], type(s.__context__).__name__)

eg = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')]), KeyError('d')])
match, rest = eg.split(ValueError)
print(match, rest, repr(match.exceptions[1]), eg.subgroup(lambda e: isinstance(e, KeyError)))
print(''.join(traceback.format_exception_only(eg)).rstrip())
try:
    raise eg
except* TypeError as g:
    print('TypeError part:', g.exceptions, g.exceptions[0].exceptions)
except* (ValueError, KeyError) as g:
    print('others:', g)

with contextlib.ExitStack() as stack:
    log = []
    stack.callback(log.append, 'cb1')
    f = stack.enter_context(contextlib.closing(io.StringIO('data')))
    stack.push(lambda et, ev, tb: log.append(('exit', et.__name__ if et else None)) or True)
    stack.callback(log.append, 'cb2')
    raise OSError('boom')
print(log, f.closed)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
buf = io.StringIO()
with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
    print('to buffer')
    print('err to buffer', file=sys.stderr)
print(repr(buf.getvalue()))
e = ValueError('x')
e.add_note('note 1')
e.add_note('note 2')
try:
    e.add_note(5)
except TypeError as te:
    print('TypeError:', te)
print(traceback.format_exception_only(e))
try:
    raise LegacyFormat('final uncaught')
except LegacyFormat:
    warnings.warn('last warning before crash', DataWarning)
    raise KeyError('final') from None
