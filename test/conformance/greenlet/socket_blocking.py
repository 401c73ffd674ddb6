# greenlet: a greenlet waiting in a socket recv blocks its thread's other greenlets; other threads run
import socket
import threading
import time
from greenlet import greenlet, getcurrent

main = getcurrent()
order = []

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()

def server():
    conn, _ = srv.accept()
    time.sleep(0.05)
    order.append('server sends')
    conn.sendall(b'hello')
    conn.close()

t = threading.Thread(target=server)
t.start()
client = socket.create_connection(srv.getsockname())

def reader():
    order.append('reader waits')
    data = client.recv(100)
    order.append('reader got %r' % data)
    main.switch()
    order.append('reader resumed')
    return 'reader done'

def other():
    order.append('other runs')

r = greenlet(reader)
r.switch()
greenlet(other).switch()
print(r.switch())
t.join()
client.close()
srv.close()
print(order)
