# SIGALRM while computing, in accept(), in a sleep and in a lock wait: a handler that raises ends
# the wait, one that returns lets it go on
import signal, socket, time, threading

class Deadline(Exception):
    pass

def expire(signum, frame):
    raise Deadline('took too long')

signal.signal(signal.SIGALRM, expire)
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
try:
    while True:
        n += 1
except Deadline as e:
    print('busy loop stopped:', e, n > 0)

srv = socket.create_server(('127.0.0.1', 0))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    srv.accept()
except Deadline as e:
    print('accept stopped:', e)

# a handler that returns: the wait continues until the client arrives
seen = []
signal.signal(signal.SIGALRM, lambda s, f: seen.append(s))
def late_client():
    time.sleep(0.2)
    c = socket.create_connection(srv.getsockname())
    c.sendall(b'late')
    c.close()
t = threading.Thread(target=late_client)
t.start()
signal.setitimer(signal.ITIMER_REAL, 0.05)
conn, _ = srv.accept()
print('accepted after alarm', seen, conn.recv(10))
t.join()
conn.close()
# sleep continues after a handler that returns
signal.setitimer(signal.ITIMER_REAL, 0.02)
t0 = time.monotonic()
time.sleep(0.1)
print('slept fully', time.monotonic() - t0 >= 0.1, seen)
# a lock wait interrupted by an exception
lock = threading.Lock()
lock.acquire()
signal.signal(signal.SIGALRM, expire)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    lock.acquire()
except Deadline as e:
    print('lock wait stopped:', e)
print(lock.locked())
srv.close()
