# signal.alarm and setitimer: a SIGALRM handler raising out of a blocking recv and a sleep loop; a repeating timer
import signal, socket, time

class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    raise Timeout('alarm fired')

signal.signal(signal.SIGALRM, on_alarm)
srv = socket.create_server(('127.0.0.1', 0))
c = socket.create_connection(srv.getsockname())
a, _ = srv.accept()
print(signal.alarm(1))
try:
    c.recv(10)
except Timeout as e:
    print('Timeout', e)
print(signal.alarm(0))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        time.sleep(0.01)
except Timeout as e:
    print('itimer', e)
print(signal.getitimer(signal.ITIMER_REAL))
count = [0]
def tick(s, f):
    count[0] += 1
signal.signal(signal.SIGALRM, tick)
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
while count[0] < 3:
    time.sleep(0.005)
signal.setitimer(signal.ITIMER_REAL, 0)
print('ticks >= 3', count[0] >= 3)
signal.alarm(5)
print(signal.alarm(0) in (4, 5))
for s in (a, c, srv): s.close()
