# logging: Formatter styles and the LogRecord attributes (caller's file, line, function)
import logging
import io
import os

buf = io.StringIO()
h = logging.StreamHandler(buf)
log = logging.getLogger('fmt')
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False

def show(fmt, style='%', **kw):
    h.setFormatter(logging.Formatter(fmt, style=style, **kw))

show('%(name)s %(levelname)s %(levelno)d %(filename)s %(module)s %(funcName)s %(lineno)d %(message)s')
log.info('plain %s', 'args')
def inner():
    log.warning('from inner')
inner()
class C:
    def method(self):
        log.error('from a method: %r', self)
    def __repr__(self):
        return 'C()'
C().method()
show('{levelname}:{name}:{message}:{funcName}', style='{')
log.debug('brace %s', 1)
show('$levelname/$name/${message}/$lineno', style='$')
log.critical('dollar')
show('%(msg)s|%(args)s|%(message)s')
log.info('x=%d y=%d', 1, 2)
show('%(threadName)s %(processName)s')
log.info('names')
print(buf.getvalue(), end='')
buf.seek(0); buf.truncate()
show('{foo}-{message}', style='{', defaults={'foo': 'default-foo'})
log.info('with defaults')
log.info('with extra', extra={'foo': 'extra-foo'})
show('%(message)s %(user)s')
log.info('extra field', extra={'user': 'bob'})
try:
    log.info('clash', extra={'message': 'no'})
except KeyError as e:
    print(type(e).__name__, e)
try:
    log.info('clash', extra={'lineno': 1})
except KeyError as e:
    print(type(e).__name__, e)
show(None)
log.info('default format')
h.setFormatter(None)
log.info('no formatter at all')

# The record itself
captured = []
class Keep(logging.Handler):
    def emit(self, record):
        captured.append(record)
k = Keep()
log.addHandler(k)
print(buf.getvalue(), end='')
log.warning('rec %s', 'arg')
r = captured[-1]
print(r.name, r.levelname, r.levelno, r.msg, r.args, r.getMessage(), r.message)
print(r.filename, r.module, r.funcName, r.lineno, r.pathname == __file__ or r.pathname)
print(r.exc_info, r.exc_text, r.stack_info, r.process == os.getpid(), r.threadName)
print(type(r.created).__name__, type(r.msecs).__name__, 0 <= r.msecs < 1000, r.relativeCreated >= 0)
print(repr(r).startswith('<LogRecord: fmt, 30, '), repr(r).endswith('"rec %s">'))
r2 = logging.makeLogRecord({'msg': 'made %s', 'args': ('here',), 'levelno': 20})
print(r2.getMessage(), r2.levelname, r2.name, r2.lineno, repr(r2))
f = logging.Formatter('%(levelname)s:%(message)s')
print(f.format(r2), f.usesTime(), logging.Formatter('%(asctime)s').usesTime())

# asctime's shape, with a fixed clock
f = logging.Formatter('%(asctime)s %(message)s')
f.converter = lambda t: __import__('time').gmtime(t)
r3 = logging.makeLogRecord({'msg': 'timed', 'created': 86400 * 365 + 3.25, 'msecs': 250.0})
print(f.format(r3))
print(logging.Formatter('[%(asctime)s] %(message)s', datefmt='%d/%m/%Y').format(r3)[:1])
f2 = logging.Formatter('%(asctime)s|%(message)s', datefmt='%H:%M')
f2.converter = f.converter
print(f2.format(r3))
f.default_msec_format = None
print(f.format(r3))
print(f.formatTime(r3, '%Y'))
