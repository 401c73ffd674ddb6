import logging, threading
logging.basicConfig(format='%(threadName)s %(levelname)s %(message)s')
log = logging.getLogger('x')
def w(i):
    log.warning('from %d', i)
ts = [threading.Thread(target=w, args=(i,), name=f'W{i}') for i in range(3)]
for t in ts:
    t.start(); t.join()
log.warning('main')
r = logging.LogRecord('n', 10, 'p', 1, 'm', None, None)
print(r.thread == threading.get_ident(), r.threadName)
