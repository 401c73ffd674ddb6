# logging: Formatter corners, exc_text reuse, adapters, captureWarnings, shutdown,
# basicConfig(handlers=, stream=, datefmt=), _srcfile = None, raiseExceptions off
import logging
import io
import sys
import warnings

def attempt(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

buf = io.StringIO()
h = logging.StreamHandler(buf)
log = logging.getLogger('misc')
log.propagate = False
log.addHandler(h)
log.setLevel(1)

# Formatter corners
for fmt, style in [('%(message)s %(x)s', '%'), ('%(message)5.2s|', '%'), ('%%(message)s', '%'),
                   ('%(asctime)', '%'), ('{message!r:>10}', '{'), ('{0}', '{'), ('{a.b[c]}', '{'),
                   ('{{message}}', '{'), ('{message:{width}}', '{'), ('{a[}', '{'), ('{a!}', '{'),
                   ('{a!rr}', '{'), ('{:}', '{'), ('{message', '{'), ('$$message', '$'), ('${message', '$'),
                   ('$message $$', '$'), ('$1', '$'), ('${asctime}', '$'), ('$asctime', '$')]:
    try:
        f = logging.Formatter(fmt, style=style)
        print('ok', repr(fmt), f._fmt == fmt, f.usesTime(), type(f._style).__name__)
    except ValueError as e:
        print(repr(fmt), type(e).__name__, e)
for fmt, style in [('no fields', '%'), ('{', '{'), ('plain', '$')]:
    f = logging.Formatter(fmt, style=style, validate=False)
    print('unvalidated', repr(f._fmt))
print(logging.Formatter()._fmt, logging.Formatter(style='{')._fmt, logging.Formatter(style='$')._fmt)
print(logging.Formatter('')._fmt, logging.Formatter('', style='{')._fmt, logging.Formatter(None, '%H').datefmt)
print(logging.PercentStyle.default_format, logging.StrFormatStyle.asctime_format, logging.StringTemplateStyle.asctime_search)
print(sorted(logging._STYLES), logging._STYLES['{'][1], logging._STYLES['$'][1])
rec = logging.makeLogRecord({'msg': 'hello'})
print(logging.Formatter('%(message)s|%(extra)s', defaults={'extra': 'dflt'}).format(rec))
print(logging.Formatter('$message/$extra', style='$', defaults={'extra': 'd$'}).format(rec))
print(logging.Formatter('%(message)s').format(logging.makeLogRecord({'msg': 'a %s', 'args': ('b',)})))
attempt(logging.Formatter('${nope}', style='$').format, rec)
attempt(logging.Formatter('{message:d}', style='{').format, rec)
attempt(logging.Formatter('%(message)d').format, rec)
print(logging.PercentStyle('%(message)s').format(rec), logging.StrFormatStyle(None).format(rec))
st = logging.StringTemplateStyle('$message!')
print(st.format(rec), st._fmt, st.usesTime(), logging.PercentStyle(None, defaults={'a': 1})._defaults)

# exc_text is computed once and reused by later formatters; newline handling
class Counting(logging.Formatter):
    calls = 0
    def formatException(self, ei):
        Counting.calls += 1
        return 'EXC<%s>' % ei[1]
    def formatStack(self, stack_info):
        return 'STACK<%s>' % stack_info
h.setFormatter(Counting('%(message)s'))
h2 = logging.StreamHandler(buf)
h2.setFormatter(logging.Formatter('second: %(message)s'))
log.addHandler(h2)
try:
    raise ValueError('boom')
except ValueError:
    log.exception('ends with newline\n')
log.removeHandler(h2)
print(Counting.calls)
r = logging.makeLogRecord({'msg': 'x', 'exc_text': 'pre-made', 'stack_info': 'stk'})
print(repr(Counting().format(r)))
r = logging.makeLogRecord({'msg': 'y\n', 'stack_info': 'stk'})
print(repr(logging.Formatter().format(r)))
print(repr(logging.Formatter().formatException((None, None, None))))
try:
    {}[1]
except KeyError:
    print(logging.Formatter().formatException(sys.exc_info()).splitlines()[-1])

# makeRecord's protected names
for extra in [{'asctime': 1}, {'msg': 1}, {'funcName': 1}, {'fine': 1}]:
    try:
        log.info('extra %s', extra, extra=extra)
    except KeyError as e:
        print(type(e).__name__, e)
h.setFormatter(logging.Formatter('%(funcName)s %(lineno)d %(filename)s %(message)s'))
def far():
    log.info('stacklevel beyond the stack', stacklevel=50)
far()
h.setFormatter(logging.Formatter('%(funcName)s %(filename)s %(message)s'))
log.info('stacklevel 0', stacklevel=0)
saved = logging._srcfile
logging._srcfile = None
log.info('no caller lookup')
logging._srcfile = saved
print(buf.getvalue(), end='')
buf.seek(0); buf.truncate()

# LoggerAdapter
h.setFormatter(logging.Formatter('%(levelname)s %(message)s %(ctx)s'))
ad = logging.LoggerAdapter(log, {'ctx': 'C'})
print(hasattr(ad, 'fatal'), hasattr(ad, 'warn'), ad.extra, logging.LoggerAdapter(log).extra)
try:
    1 / 0
except ZeroDivisionError:
    ad.exception('adapter exception')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    ad.warn('adapter warn')
    logging.getLogger('quiet').warn('logger warn')
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
ad.critical('crit %s', 'arg')
ad._log(logging.INFO, 'private _log %s', ('a',), extra={'ctx': 'P'})
print(logging.LoggerAdapter[int] is not None)
print(buf.getvalue().replace('\n', ' / ').split('Traceback')[0])
print(buf.getvalue().splitlines()[-2:])
buf.seek(0); buf.truncate()

# raiseExceptions off: a bad level is dropped silently
logging.raiseExceptions = False
print(log.log('INFO', 'dropped'))
logging.raiseExceptions = True
attempt(log.log, None, 'x')
attempt(log.log, 20.0, 'float level')

# captureWarnings
wbuf = io.StringIO()
wh = logging.StreamHandler(wbuf)
wh.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(message)s'))
pyw = logging.getLogger('py.warnings')
pyw.addHandler(wh)
logging.captureWarnings(True)
logging.captureWarnings(True)
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('captured one', UserWarning)
    warnings.showwarning('to a file', UserWarning, 'f.py', 3, file=sys.stdout)
logging.captureWarnings(False)
logging.captureWarnings(False)
print(repr(wbuf.getvalue().split(':', 1)[1]))
pyw.removeHandler(wh)
print(pyw.handlers)

# basicConfig with handlers=, stream=, datefmt=
mine = logging.StreamHandler(sys.stdout)
kept = logging.StreamHandler(sys.stdout)
kept.setFormatter(logging.Formatter('kept: %(message)s'))
logging.getLogger('quiet').addHandler(logging.NullHandler())
logging.basicConfig(handlers=[mine, kept], format='%(levelname)s/%(message)s', level='INFO')
logging.info('two handlers')
print(logging.root.handlers == [mine, kept], mine.formatter._fmt, logging.root.level)
logging.basicConfig(stream=sys.stdout, force=True, style='{', format='{levelname}-{message}', datefmt='%Y')
print(logging.root.handlers[0].stream is sys.stdout, logging.root.handlers[0].formatter.datefmt)
logging.warning('stream=stdout')
attempt(logging.basicConfig, force=True, handlers=[], level='DEBUG')
print(logging.root.handlers, logging.root.level)
attempt(logging.basicConfig, force=True, style='{', format='{')
print(logging.root.handlers)

# shutdown flushes and closes, ignoring closed streams
class Closing(logging.Handler):
    def __init__(self, tag, exc=None):
        logging.Handler.__init__(self)
        self.tag, self.exc = tag, exc
    def flush(self):
        print('flush', self.tag)
        if self.exc:
            raise self.exc
    def close(self):
        print('close', self.tag)
        logging.Handler.close(self)
a = Closing('a')
b = Closing('b', ValueError('closed'))
c = Closing('c', OSError('gone'))
c.flushOnClose = False
logging.shutdown([lambda: a, lambda: b, lambda: c, lambda: None])
d = Closing('d', KeyError('bad'))
attempt(logging.shutdown, [lambda: d])
d.exc = None
attempt(logging.shutdown, [None])
print(len(logging._handlerList) > 5, callable(logging._handlerList[0]))
print('end')
