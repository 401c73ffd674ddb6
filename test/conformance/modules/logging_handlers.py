# logging: FileHandler and basicConfig(filename=), NullHandler, filters, LoggerAdapter, shutdown
import logging
import io
import os

path = '_logging_tmp.log'
logging.basicConfig(filename=path, filemode='w', format='%(levelname)s:%(message)s', level=logging.INFO)
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.mode, fh.baseFilename == os.path.abspath(path), fh.encoding)
print(repr(fh) == '<FileHandler %s (NOTSET)>' % os.path.abspath(path))
logging.info('first line')
logging.warning('second %s', 'line')
logging.debug('not written')
fh.close()
with open(path) as f:
    print(repr(f.read()))
logging.basicConfig(filename=path, filemode='a', format='{message}', style='{', force=True)
logging.error('appended')
logging.shutdown()
with open(path) as f:
    print(repr(f.read()))
dh = logging.FileHandler(path, mode='w', delay=True)
print(dh.stream)
dh.setFormatter(logging.Formatter('delayed: %(message)s'))
log = logging.getLogger('h')
log.propagate = False
log.addHandler(dh)
log.warning('opened on first use')
print(dh.stream is not None)
dh.close()
log.removeHandler(dh)
with open(path) as f:
    print(repr(f.read()))
os.remove(path)

buf = io.StringIO()
sh = logging.StreamHandler(buf)
sh.terminator = ' | '
log.addHandler(sh)
log.warning('one')
log.warning('two')
sh.terminator = '\n'
other = io.StringIO()
print(sh.setStream(buf), sh.setStream(other) is buf)
log.warning('to other')
print(repr(buf.getvalue()), repr(other.getvalue()))
sh.name = 'mine'
print(sh.name, sh.get_name(), repr(sh))

n = logging.NullHandler()
print(repr(n), n.handle(logging.makeLogRecord({})), n.lock)
log.addHandler(n)

# Filters on the logger and on a handler; a callable works as a filter too.
sh.setStream(buf)
buf.seek(0)
buf.truncate()
child = logging.getLogger('h.child')
other_child = logging.getLogger('hx')
f = logging.Filter('h.child')
sh.addFilter(f)
child.warning('child passes')
log.warning('parent filtered out')
sh.removeFilter(f)
sh.removeFilter(f)
log.addFilter(lambda record: 'secret' not in record.getMessage())
log.warning('a secret message')
log.warning('a public message')
print(logging.Filter().filter(logging.makeLogRecord({'name': 'any'})), f.filter(logging.makeLogRecord({'name': 'h.children'})))
class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True
log.filters.clear()
log.addFilter(Upper())
log.warning('shout')
print(len(log.filters), sh.filters)
log.filters.clear()

# LoggerAdapter passes its extra to every record.
sh.setFormatter(logging.Formatter('%(name)s [%(conn)s] %(levelname)s %(message)s'))
ad = logging.LoggerAdapter(log, {'conn': 'c1'})
print(repr(ad), ad.name, ad.manager is logging.Logger.manager, ad.isEnabledFor(logging.INFO))
ad.warning('adapted %d', 1)
ad.error('adapted error')
ad.info('info passes: basicConfig set the root to INFO')
ad.setLevel(logging.DEBUG)
ad.debug('debug via adapter')
print(ad.getEffectiveLevel(), ad.hasHandlers())
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs['extra'] = {'conn': 'none'}
        return '[%s] %s' % (self.extra['conn'], msg), kwargs
Prefix(log, {'conn': 'c2'}).critical('custom process')
ad.log(logging.ERROR, 'via log')
print(buf.getvalue(), end='')
