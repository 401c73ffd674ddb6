# Several threads blocked in recv on one UDP socket each get one datagram; a signal handler's exception interrupts a blocking recvfrom, and a handler that returns lets a timed recvfrom go on to its timeout.
import socket, threading, signal
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0))
got = []
def worker(name):
    data = s.recv(100)
    got.append(data)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for m in (b'a', b'b', b'c'):
    c.sendto(m, s.getsockname())
for t in ts: t.join()
print(sorted(got))
def handler(signum, frame):
    raise InterruptedError('alarm')
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    s.recvfrom(10)
except InterruptedError as e:
    print('interrupted', e)
signal.signal(signal.SIGALRM, lambda *a: print('handler ran'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
s.settimeout(0.3)
try:
    s.recvfrom(10)
except TimeoutError as e:
    print(e)
