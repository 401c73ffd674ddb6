# logging: levels both ways, record construction details, the logger class and record
# factory hooks, placeholders in the hierarchy, BufferingFormatter, Handler basics
import logging
import io
import sys
import collections

def attempt(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

# Levels
for lv in [0, 10, 25, 50, 'INFO', 'WARN', 'FATAL', 'nope', 'info', True, 3.5, None]:
    attempt(logging.getLevelName, lv)
attempt(logging.getLevelName, [])
for lv in [(1, 2), 'x', 2.0, '', 15, True]:
    attempt(logging.Logger, 'lv', lv)
print(logging.Logger('s', 'ERROR').level, logging.Handler('DEBUG').level)
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelNamesMapping()['NOTICE'])
m = logging.getLevelNamesMapping()
m['X'] = 1
print('X' in logging.getLevelNamesMapping())

# LogRecord construction
R = logging.LogRecord
r = R('n', 25, '/a/b/mod.py', 7, 'm %s', ('x',), None)
print(r.levelname, r.filename, r.module, r.funcName, r.stack_info, r.getMessage(), r.args)
r = R('n', 5, None, 0, 'm', None, None)
print(r.filename, r.module, r.levelname, r.getMessage())
r = R('n', 10, 'noext', 0, 'm %(a)s', ({'a': 1},), None)
print(r.module, r.args, r.getMessage())
r = R('n', 10, 'p', 0, 'empty %s', ({},), None)
print(r.args, r.getMessage())
r = R('n', 10, 'p', 0, 'od %(k)s', (collections.OrderedDict(k='v'),), None)
print(type(r.args).__name__, r.getMessage())
r = R('n', 10, 'p', 0, 'two %s %s', ({'a': 1}, 2), None)
print(r.getMessage())
r = R('n', 10, 'p', 0, 42, None, None, func='f', sinfo='stack')
print(r.getMessage(), r.funcName, r.stack_info, r.msecs == int(r.msecs))
attempt(lambda: R('n', 10, 'p', 0, 'a %d', ('x',), None).getMessage())
r = logging.makeLogRecord({'name': 'made', 'extra_attr': 1})
print(r.name, r.extra_attr, r.levelno, r.levelname, r.pathname, r.args, r.exc_info, r.funcName)

# Record factory
made = []
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.custom = 'yes'
    made.append(args[:2])
    return rec
logging.setLogRecordFactory(factory)
cap = io.StringIO()
h = logging.StreamHandler(cap)
h.setFormatter(logging.Formatter('%(custom)s %(message)s'))
lg = logging.getLogger('fac')
lg.propagate = False
lg.addHandler(h)
lg.warning('with factory')
print(made, logging.getLogRecordFactory() is factory)
logging.setLogRecordFactory(old)
print(logging.makeLogRecord({}).__dict__.get('custom'))

# Logger classes
class MyLogger(logging.Logger):
    pass
print(logging.getLoggerClass() is logging.Logger)
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('cls.one')).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('cls.two')).__name__)
mgr = logging.Logger.manager
attempt(mgr.setLoggerClass, dict)
mgr.setLoggerClass(MyLogger)
print(type(logging.getLogger('cls.three')).__name__, type(logging.getLogger('cls.one')).__name__)
mgr.loggerClass = None
print(type(logging.getLogger('cls.four')).__name__, mgr.loggerClass)
print(type(logging.getLogger('cls')).__name__)

# Placeholders: a logger made before its ancestors is re-parented when they appear.
deep = logging.getLogger('p.q.r.s')
print(type(mgr.loggerDict['p']).__name__, type(mgr.loggerDict['p.q.r']).__name__, deep.parent is logging.root)
pq = logging.getLogger('p.q')
print(deep.parent is pq, pq.parent is logging.root)
p = logging.getLogger('p')
print(pq.parent is p, deep.parent is pq)
pqr = logging.getLogger('p.q.r')
print(deep.parent is pqr, pqr.parent is pq)
side = logging.getLogger('p.q.r.t')
print(side.parent is pqr, sorted(k for k in mgr.loggerDict if k.startswith('p')))
ph = logging.PlaceHolder(deep)
ph.append(side)
ph.append(deep)
print(len(ph.loggerMap), list(ph.loggerMap.values()))
print(logging.root.getChild('p.q') is pq, p.getChild('q.r') is pqr)
print(logging.getLogger('p').__reduce__()[1], logging.root.__reduce__()[1])

# Level cache: setLevel and disable clear it
c = logging.getLogger('cache')
print(c.isEnabledFor(20))
c.setLevel(30)
print(c.isEnabledFor(20), c.isEnabledFor(30))
logging.disable()
print(c.isEnabledFor(50), c.isEnabledFor(51), logging.root.manager.disable)
logging.disable('INFO')
print(c.isEnabledFor(30), c.isEnabledFor(20), mgr.disable)
attempt(logging.disable, 'NOPE')
logging.disable(0)
c.disabled = True
print(c.isEnabledFor(50))
c.disabled = False
print(c.isEnabledFor(2.5), c.isEnabledFor(30.5))

# BufferingFormatter
bf = logging.BufferingFormatter()
recs = [logging.makeLogRecord({'msg': 'one'}), logging.makeLogRecord({'msg': 'two %s', 'args': ('x',)})]
print(repr(bf.format(recs)), repr(bf.format([])))
class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '[%d:' % len(records)
    def formatFooter(self, records):
        return ']'
print(Framed(logging.Formatter('<%(message)s>')).format(recs), repr(Framed().format([])))

# Handler basics
hb = logging.Handler()
print(repr(hb), hb.formatter, hb.filters, hb.name, hb.get_name(), hb.level)
hb.setLevel('WARNING')
hb.set_name('base')
print(repr(hb), hb.name, hb.format(recs[1]))
hb.setFormatter(logging.Formatter('F:%(message)s'))
print(hb.format(recs[1]), hb.handle(recs[0]) if False else '')
hb.flush()
hb.close()
hb.acquire(); hb.release()
print(hb.lock is not None, repr(logging.StreamHandler(sys.stdout)), repr(logging.StreamHandler(sys.stderr)))
class Named:
    name = 7
    def write(self, s):
        print('write', repr(s))
class NoFlush:
    def write(self, s):
        print('noflush', repr(s))
print(repr(logging.StreamHandler(Named())), repr(logging.StreamHandler(NoFlush())), repr(logging.StreamHandler(io.StringIO())))
sh = logging.StreamHandler(NoFlush())
sh.flush()
print(sh.handle(logging.makeLogRecord({'msg': 'direct'})))
sh.addFilter(lambda rec: False)
print(sh.handle(logging.makeLogRecord({'msg': 'filtered'})))
sh.filters.clear()
sh.addFilter(lambda rec: 'truthy')
print(sh.handle(logging.makeLogRecord({'msg': 'kept'})), sh.filter(recs[0]))
sh.stream = Named()
sh.emit(logging.makeLogRecord({'msg': 'to named'}))
print(repr(logging.lastResort), logging.lastResort.stream is sys.stderr, logging.lastResort is logging._defaultLastResort)
print(repr(logging.root), repr(logging.getLogger('p.q')), logging.getLogger('p.q').getEffectiveLevel())
print(sorted(logging.__all__))

# Hierarchy corners: a parent whose name merely starts like the new logger's keeps the
# child; a doubled dot hides the shorter prefix.
rox = logging.getLogger('ro.x')
ro = logging.getLogger('ro')
print(rox.parent.name, logging.getLogger('a..b').parent.name, sorted(k for k in mgr.loggerDict if k.startswith('a.')))
attempt(logging.Logger('zz').__reduce__)
attempt(ro.getChild, 5)
print(repr(logging.Logger('')), list(vars(logging.LogRecord('n', 10, 'p', 1, 'm', (), None))))

# A lone Mapping argument (not only a dict) is the mapping; other lone arguments are not
# asked for their truth value.
import collections.abc
class Lookup(collections.abc.Mapping):
    def __getitem__(self, key):
        return 'v' + key
    def __iter__(self):
        return iter(['a'])
    def __len__(self):
        return 1
class NoTruth:
    def __bool__(self):
        raise ValueError('no truth')
r = logging.LogRecord('n', 10, 'p', 1, '%(a)s', (Lookup(),), None)
print(type(r.args).__name__, r.getMessage())
print(type(logging.LogRecord('n', 10, 'p', 1, '%s', (NoTruth(),), None).args[0]).__name__)
attempt(logging.LoggerAdapter(logging.getLogger('q')).log, 'INFO', 'x')
f = logging.Filter('ab')
print([f.filter(logging.makeLogRecord({'name': n})) for n in ['ab', 'abc', 'ab.c', 'a', 'x.ab']])
# fatal() goes through critical(), so a subclass's critical() sees it.
class Sub(logging.Logger):
    def critical(self, msg, *args, **kwargs):
        print('Sub.critical', msg)
Sub('s').fatal('via fatal')
print(logging.Logger.fatal.__name__, logging.fatal.__name__, logging.getLevelName(logging.getLevelName('DEBUG')))
