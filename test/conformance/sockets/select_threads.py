# select() and a selector waiting in one thread while another thread connects and sends
# after a sleep; select's timeout expiring with nothing ready; poll's millisecond timeout.
import select
import selectors
import socket
import threading
import time

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()

def client(delay, payload):
    time.sleep(delay)
    with socket.create_connection(srv.getsockname()) as c:
        c.sendall(payload)
        time.sleep(0.05)

t = threading.Thread(target=client, args=(0.1, b'ping'))
t.start()
start = time.monotonic()
r, w, x = select.select([srv], [], [], 5)
print(r == [srv], w, x, 0.05 < time.monotonic() - start < 3)
conn, _ = srv.accept()
r, _, _ = select.select([conn], [], [])
print(r == [conn], conn.recv(10))
t.join()
r, _, _ = select.select([conn], [], [], 2)
print(r == [conn], conn.recv(10))
conn.close()

start = time.monotonic()
print(select.select([srv], [], [], 0.15), time.monotonic() - start >= 0.14)
p = select.poll()
p.register(srv, select.POLLIN)
start = time.monotonic()
print(p.poll(120), time.monotonic() - start >= 0.11)

with selectors.DefaultSelector() as sel:
    sel.register(srv, selectors.EVENT_READ, 'accept')
    t = threading.Thread(target=client, args=(0.05, b'pong'))
    t.start()
    events = sel.select(timeout=5)
    print([(k.data, ev) for k, ev in events])
    conn, _ = srv.accept()
    sel.register(conn, selectors.EVENT_READ, 'data')
    got = b''
    while True:
        ready = sel.select(timeout=5)
        k, ev = ready[0]
        chunk = conn.recv(10)
        if not chunk:
            break
        got += chunk
    print(got, k.data)
    t.join()
    conn.close()
start = time.monotonic()
with selectors.DefaultSelector() as sel:
    print(sel.select(0.1), time.monotonic() - start >= 0.09)
srv.close()
