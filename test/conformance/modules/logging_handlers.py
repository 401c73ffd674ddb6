# logging.handlers: file rotation by size and by time (fixed clock), watched files, buffering and queues
import logging, logging.handlers as lh, os, tempfile, time, queue, threading, datetime

tmp = tempfile.mkdtemp()
os.chdir(tmp)

def listing():
    return sorted(os.listdir('.'))

def content(name):
    with open(name) as f:
        return f.read()

log = logging.getLogger('rot')
log.setLevel(logging.DEBUG)
log.propagate = False
h = lh.RotatingFileHandler('app.log', maxBytes=30, backupCount=2)
print(type(h).__name__, h.maxBytes, h.backupCount, h.mode, h.encoding, os.path.basename(h.baseFilename))
log.addHandler(h)
for i in range(7):
    log.info('message number %d', i)
h.close()
print(listing())
for name in listing():
    print(name, repr(content(name)))
log.removeHandler(h)

# namer and rotator
h = lh.RotatingFileHandler('named.log', maxBytes=20, backupCount=3)
h.namer = lambda name: name + '.bak'
moves = []
def rotator(src, dst):
    moves.append((os.path.basename(src), os.path.basename(dst)))
    os.rename(src, dst)
h.rotator = rotator
log.addHandler(h)
for i in range(4):
    log.warning('named %d', i)
h.close(); log.removeHandler(h)
print(moves)
print([n for n in listing() if n.startswith('named')])
print(h.rotation_filename('x'), lh.RotatingFileHandler('z.log', mode='w', maxBytes=5, delay=True).mode)

# backupCount 0: the file is never rotated away, maxBytes 0 never rolls
h = lh.RotatingFileHandler('zero.log', maxBytes=0)
rec = logging.LogRecord('n', logging.INFO, 'p', 1, 'x' * 100, None, None)
print(h.shouldRollover(rec)); h.close()

# TimedRotatingFileHandler with a fixed clock
for when in ['S', 'M', 'H', 'D', 'MIDNIGHT', 'W3', 'w0']:
    t = lh.TimedRotatingFileHandler('t.log', when=when, utc=True, delay=True)
    print(when, t.when, t.interval, t.suffix, t.extMatch.pattern)
for when in ['W', 'W9', 'X', 'W-']:
    try:
        lh.TimedRotatingFileHandler('t.log', when=when, delay=True)
    except ValueError as e:
        print(type(e).__name__, e)

T0 = 1700000000     # 2023-11-14 22:13:20 UTC, a Tuesday
with open('timed.log', 'w') as f:
    f.write('old\n')
os.utime('timed.log', (T0, T0))
clock = [T0]
real_time = time.time
time.time = lambda: clock[0]
try:
    t = lh.TimedRotatingFileHandler('timed.log', when='M', interval=2, backupCount=2, utc=True)
    print(t.rolloverAt - T0)
    m = lh.TimedRotatingFileHandler('m.log', when='midnight', utc=True, delay=True)
    print(m.rolloverAt - T0, m.computeRollover(T0 + 3 * 3600) - T0)
    at = lh.TimedRotatingFileHandler('m.log', when='midnight', utc=True, delay=True,
                                     atTime=datetime.time(23, 0))
    print(at.rolloverAt - T0, at.computeRollover(T0 + 3600) - T0)
    w = lh.TimedRotatingFileHandler('m.log', when='W0', utc=True, delay=True)
    print(w.rolloverAt - T0, w.computeRollover(T0 + 86400 * 6) - T0)
    tl = logging.getLogger('timed')
    tl.propagate = False
    tl.addHandler(t)
    tl.warning('first')
    for step in range(4):
        clock[0] += 150
        rec = logging.LogRecord('timed', logging.WARNING, 'p', 1, 'msg at +%d', (clock[0] - T0,), None)
        print(t.shouldRollover(rec), end=' ')
        tl.handle(rec)
    print()
    t.close()
    print([n for n in listing() if n.startswith('timed')])
    print(t.rolloverAt - T0)
    print([os.path.basename(p) for p in t.getFilesToDelete()])
finally:
    time.time = real_time

# WatchedFileHandler reopens a moved file
wl = logging.getLogger('watched'); wl.propagate = False
wh = lh.WatchedFileHandler('w.log')
wl.addHandler(wh)
wl.warning('one')
os.rename('w.log', 'w.log.moved')
wl.warning('two')
os.remove('w.log')
wl.warning('three')
wh.close()
print(repr(content('w.log')), repr(content('w.log.moved')), wh.dev != -1)

# BufferingHandler and MemoryHandler
class Keep(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.seen = []
    def emit(self, record):
        self.seen.append(record.getMessage())
b = lh.BufferingHandler(3)
ml = logging.getLogger('mem'); ml.propagate = False; ml.setLevel(logging.DEBUG)
ml.addHandler(b)
ml.info('a'); ml.info('b'); print(len(b.buffer)); ml.info('c'); print(len(b.buffer))
ml.removeHandler(b)
target = Keep()
mh = lh.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
print(repr(mh), repr(b), mh.capacity, mh.flushLevel, mh.flushOnClose)
ml.addHandler(mh)
ml.info('1'); ml.info('2'); print(target.seen)
ml.error('3'); print(target.seen)
ml.debug('4'); ml.debug('5'); ml.debug('6'); print(target.seen)
ml.debug('7'); mh.close(); print(target.seen, mh.target)
m2 = lh.MemoryHandler(10, flushOnClose=False); m2.setTarget(target)
ml.removeHandler(mh); ml.addHandler(m2); ml.info('8'); m2.close(); print(target.seen, len(m2.buffer))
ml.removeHandler(m2)

# QueueHandler and QueueListener
q = queue.Queue()
qh = lh.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
ql = logging.getLogger('q'); ql.propagate = False; ql.setLevel(logging.DEBUG)
ql.addHandler(qh)
ql.info('hello %s', 'queue')
try:
    1 / 0
except ZeroDivisionError:
    ql.exception('failed')
r1 = q.get_nowait(); r2 = q.get_nowait()
print(r1.msg, r1.args, r1.message, r1.exc_info)
print(r2.msg.splitlines()[0], r2.msg.splitlines()[-1], r2.exc_info, r2.exc_text)
sink = Keep()
sink.setLevel(logging.WARNING)
listener = lh.QueueListener(q, sink)
listener.start()
ql.info('i1'); ql.warning('w1'); ql.error('e1')
listener.stop()
print(sink.seen, listener._thread)
sink2 = Keep(); sink2.setLevel(logging.WARNING)
listener = lh.QueueListener(q, sink2, respect_handler_level=True)
listener.start()
ql.info('i2'); ql.warning('w2')
listener.stop()
print(sink2.seen)

# what tpy cannot do, and the constants
print(lh.DEFAULT_TCP_LOGGING_PORT, lh.DEFAULT_UDP_LOGGING_PORT, lh.SYSLOG_UDP_PORT)
print(lh.SysLogHandler.LOG_LOCAL7, lh.SysLogHandler.priority_names['warn'], lh.SysLogHandler.encodePriority(object.__new__(lh.SysLogHandler), 'user', 'info'))
sh = lh.SocketHandler('localhost', 1)
print(sh.address, sh.retryMax, type(sh.makePickle(logging.LogRecord('n', 20, 'p', 1, 'm %s', ('a',), None))).__name__)
sh.close()
