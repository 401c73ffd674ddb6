# a selectors server loop stopped by a SIGTERM handler that sets an Event (os.kill to itself)
import signal, socket, threading, os, selectors

stop = threading.Event()
def on_term(signum, frame):
    print('got', signal.Signals(signum).name)
    stop.set()
old = signal.signal(signal.SIGTERM, on_term)
print('old', old)
srv = socket.create_server(('127.0.0.1', 0))
srv.setblocking(False)
sel = selectors.DefaultSelector()
sel.register(srv, selectors.EVENT_READ)
served = 0
clients = []
while not stop.is_set():
    if served < 3:
        c = socket.create_connection(srv.getsockname())
        c.sendall(b'req%d' % served)
        clients.append(c)
    for key, _ in sel.select(timeout=0.1):
        conn, _ = srv.accept()
        conn.setblocking(True)
        data = conn.recv(100)
        conn.sendall(data[::-1])
        conn.close()
        served += 1
        print('served', served, data)
        if served == 3:
            os.kill(os.getpid(), signal.SIGTERM)
print('stopping after', served)
for c in clients:
    print(c.recv(100))
    c.close()
sel.close()
srv.close()
signal.signal(signal.SIGTERM, old)
print(signal.getsignal(signal.SIGTERM))
