# logging with several handlers, formatters, levels, filters and loggers into StringIO and stderr.
import io
import logging
import os
import sys

buf = io.StringIO()
root = logging.getLogger()
root.setLevel(logging.DEBUG)

h_all = logging.StreamHandler(buf)
h_all.setLevel(logging.DEBUG)
h_all.setFormatter(logging.Formatter('%(levelname)-8s %(name)s:%(lineno)d %(funcName)s | %(message)s'))

h_err = logging.StreamHandler(sys.stderr)
h_err.setLevel(logging.WARNING)
h_err.setFormatter(logging.Formatter('[%(levelname)s] %(name)s: %(message)s'))

class ShortTracebacks(logging.Formatter):
    # tracebacks on stdout name the program by its basename only
    def format(self, record):
        return super().format(record).replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')


h_out = logging.StreamHandler(sys.stdout)
h_out.setFormatter(ShortTracebacks('{levelname:>7} {name} {message!r}', style='{'))


class OnlyApp(logging.Filter):
    def filter(self, record):
        record.msg_len = len(record.getMessage())
        return record.name.startswith('app')


h_out.addFilter(OnlyApp())
for h in (h_all, h_err, h_out):
    root.addHandler(h)

log = logging.getLogger('app.core')
db = logging.getLogger('app.db')
lib = logging.getLogger('lib.http')
lib.setLevel(logging.INFO)


def process(items):
    log.debug('processing %d items', len(items))
    total = 0
    for i, it in enumerate(items):
        try:
            total += 100 / it
        except ZeroDivisionError:
            log.exception('item %d is zero', i)
        except TypeError as e:
            log.error('bad item %r: %s', it, e)
    log.info('total=%.3f', total)
    return total


process([4, 0, 'x', 5])
db.warning('slow query: %(sql)s took %(ms)dms', {'sql': 'SELECT 1', 'ms': 250})
lib.debug('hidden')
lib.info('GET %s -> %d', '/index', 200)
lib.critical('connection lost')
logging.getLogger('app').propagate = True
child = logging.getLogger('app.db.pool')
print(child.parent.name, child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG))
db.setLevel(logging.ERROR)
child.warning('not shown: effective level from app.db')
child.error('pool exhausted (%s)', 'size=5')
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName('ERROR'))
logging.addLevelName(25, 'NOTICE')
log.log(25, 'custom level')

adapter = logging.LoggerAdapter(log, {'user': 'ann'})
adapter.info('adapter message')


class Fmt(logging.Formatter):
    def format(self, record):
        s = super().format(record)
        return s.upper() if record.levelno >= logging.ERROR else s


h_out.setFormatter(Fmt('%(levelname)s:%(message)s len=%(msg_len)d'))
log.error('shouting')
log.warning('calm %s', 'down')
log.info('extra field %s', 'x', extra={'request_id': 42})
h_out.setFormatter(logging.Formatter('%(request_id)s %(message)s'))
log.info('with extra', extra={'request_id': 'r-7'})
root.removeHandler(h_out)
log.info('only to buffer')
logging.disable(logging.WARNING)
log.warning('disabled')
logging.disable(logging.NOTSET)
log.warning('enabled again')
print('--- buffer ---')
text = buf.getvalue()
for line in text.splitlines():
    if line.startswith('Traceback') or line.startswith('  ') or line.startswith('ZeroDivision'):
        print('   ', line.split(',')[0].replace(__file__, os.path.basename(__file__)) if 'File' in line else line)
    else:
        print(line)
print(logging.root is root, root.hasHandlers(), len(root.handlers))
rec = logging.LogRecord('n', logging.INFO, 'p.py', 3, 'a %s b %s', ('x', 1), None)
print(rec.getMessage(), rec.levelname, rec.lineno, rec.module)
logging.shutdown()
