# logging: exception tracebacks, stack_info, the '--- Logging error ---' report, bad arguments
import logging
import sys
from _mod_library_frames import run

h = logging.StreamHandler()   # the tracebacks go to stderr
h.setFormatter(logging.Formatter('%(levelname)s %(funcName)s:%(lineno)d %(message)s'))
log = logging.getLogger('err')
log.addHandler(h)
log.propagate = False

def divide(a, b):
    return a / b

try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception('caught %s', 'it')
try:
    {}['k']
except KeyError as e:
    log.error('with exc_info instance', exc_info=e)
    log.warning('with exc_info tuple', exc_info=sys.exc_info())
log.error('exc_info outside a handler', exc_info=True)
log.exception('exception outside a handler')

def deeper():
    log.warning('with stack', stack_info=True)
deeper()
def helper(msg):
    log.warning(msg, stacklevel=2)
def caller():
    helper('stacklevel 2 names the caller')
caller()

for bad in ['BOGUS', 2.5, None, []]:
    try:
        log.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for kw in [{'style': '#'}, {'stream': sys.stdout, 'filename': 'x.log'},
           {'handlers': [h], 'stream': sys.stdout}, {'bogus': 1, 'other': 2}, {'level': 'NOPE'}]:
    try:
        logging.basicConfig(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
logging.root.handlers.clear()
for args, kw in [(('%(x',), {}), (('no fields',), {}), (('{',), {'style': '{'}), (('{}',), {'style': '{'}),
                 (('{a!x}',), {'style': '{'}), (('{a:qq}',), {'style': '{'}), (('{a-b}',), {'style': '{'}),
                 (('}',), {'style': '{'}), (('$',), {'style': '$'}), (('x',), {'style': '$'}), (('x',), {'style': '!'})]:
    try:
        logging.Formatter(*args, **kw)
        print('ok', args)
    except ValueError as e:
        print(type(e).__name__, e)
for call in [lambda: logging.getLogger(3), lambda: log.log('INFO', 'x'), lambda: log.error('x', bogus=1),
             lambda: logging.Handler().emit(None), lambda: logging.Formatter('%(nope)s').format(logging.makeLogRecord({})),
             lambda: logging.Formatter('{nope}', style='{').format(logging.makeLogRecord({})),
             lambda: logging.setLoggerClass(int)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# Errors inside a handler: reported on stderr, the program goes on.
def bad_format():
    log.error('%d items', 'many')
run(bad_format)
run(log.error, 'two %s %s', 'only one')
run(logging.error, 'module level %d', 'x')
h.setFormatter(logging.Formatter('%(missing)s'))
run(log.error, 'missing field')
logging.raiseExceptions = False
run(log.error, 'quiet %d', 'x')
logging.raiseExceptions = True
print('still running')
