# A non-blocking echo server and its clients in one program, driven by one selector:
# accept, read and write readiness, unregister on EOF, modify between read and write.
import selectors
import socket

sel = selectors.DefaultSelector()
print(type(sel).__name__, selectors.DefaultSelector is selectors.EpollSelector)

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, 'listener')

clients = {}
for i in range(3):
    c = socket.create_connection(srv.getsockname())
    c.setblocking(False)
    msg = f'hello from client {i}, '.encode() * (i + 1)
    clients[c] = {'name': f'client{i}', 'out': msg, 'got': b'', 'want': len(msg)}
    sel.register(c, selectors.EVENT_WRITE, 'client')

conns = {}
eofs = 0
done = set()
rounds = 0
while len(done) < len(clients):
    rounds += 1
    for key, events in sel.select(timeout=5):
        sock = key.fileobj
        if key.data == 'listener':
            conn, _ = sock.accept()
            conn.setblocking(False)
            conns[conn] = b''
            sel.register(conn, selectors.EVENT_READ, 'conn')
        elif key.data == 'conn':
            if events & selectors.EVENT_READ:
                data = sock.recv(4096)
                if data:
                    conns[sock] += data
                    sel.modify(sock, selectors.EVENT_READ | selectors.EVENT_WRITE, 'conn')
                else:
                    eofs += 1
                    sel.unregister(sock)
                    sock.close()
                    continue
            if events & selectors.EVENT_WRITE and conns[sock]:
                n = sock.send(conns[sock])
                conns[sock] = conns[sock][n:]
                if not conns[sock]:
                    sel.modify(sock, selectors.EVENT_READ, 'conn')
        else:
            st = clients[sock]
            if events & selectors.EVENT_WRITE and st['out']:
                n = sock.send(st['out'])
                st['out'] = st['out'][n:]
                if not st['out']:
                    sel.modify(sock, selectors.EVENT_READ, 'client')
            elif events & selectors.EVENT_READ:
                st['got'] += sock.recv(4096)
                if len(st['got']) == st['want']:
                    sock.shutdown(socket.SHUT_WR)
                    sel.unregister(sock)
                    done.add(st['name'])

for c, st in sorted(clients.items(), key=lambda kv: kv[1]['name']):
    print(st['name'], len(st['got']), st['got'][:30])
    c.close()
print(sorted(done), rounds > 2)

# The server side sees EOF from each client once it shut down its writing side.
while conns and len(sel.get_map()) > 1:
    for key, events in sel.select(timeout=5):
        if key.data == 'conn':
            data = key.fileobj.recv(100)
            if data == b'':
                eofs += 1
            else:
                print(data)
            sel.unregister(key.fileobj)
            key.fileobj.close()
print('eofs', eofs)
print(len(sel.get_map()), list(sel.get_map()) == [srv.fileno()])
print(sel.select(timeout=0))
key = sel.get_key(srv)
print(key.events, key.data, key.fd == srv.fileno(), key.fileobj is srv)
sel.close()
print(sel.get_map())
srv.close()

# The other two selectors report the same.
for cls in (selectors.SelectSelector, selectors.PollSelector):
    with cls() as s:
        a = socket.socket()
        a.bind(('127.0.0.1', 0))
        a.listen()
        b = socket.create_connection(a.getsockname())
        s.register(a, selectors.EVENT_READ)
        s.register(b, selectors.EVENT_READ | selectors.EVENT_WRITE, data=[1])
        ready = sorted((k.fd == a.fileno(), ev) for k, ev in s.select(5))
        print(cls.__name__, ready)
        conn, _ = a.accept()
        conn.sendall(b'x')
        ready = s.select(5)
        print(cls.__name__, [(k.data, ev) for k, ev in ready if k.fileobj is b])
        s.unregister(b)
        b.close()
        conn.close()
        a.close()
        print(len(s.get_map()))
