# logging: records on stderr interleaved with an uncaught exception's traceback
import logging

logging.basicConfig(format='%(levelname)s %(name)s: %(message)s', level=logging.DEBUG)
log = logging.getLogger('job')

def step(n):
    log.debug('step %d', n)
    if n == 3:
        raise RuntimeError('step %d failed' % n)
    return n * 2

total = 0
try:
    for i in range(5):
        total += step(i)
except RuntimeError:
    log.exception('giving up after %d', total)
log.warn('deprecated alias')
logging.warn('deprecated module alias')
log.critical('about to fail')
step(3)
