# select.select, select.poll and selectors on UDP sockets: a fresh socket is writable
# (not hung up, unlike a fresh TCP socket), readable once a datagram is queued, and a
# selector-driven server answering several clients in one thread.
import select
import selectors
import socket

fresh = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r, w, x = select.select([fresh], [fresh], [fresh], 0)
print(len(r), len(w), len(x))
p = select.poll()
p.register(fresh, select.POLLIN | select.POLLOUT)
print([(fd == fresh.fileno(), ev) for fd, ev in p.poll(0)])

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 0))
print(select.select([server], [], [], 0.05))
fresh.sendto(b'wake up', server.getsockname())
r, w, x = select.select([server, fresh], [], [], 2)
print(r == [server], w, x)
p2 = select.poll()
p2.register(server, select.POLLIN)
print([ev for fd, ev in p2.poll(1000)])
print(server.recv(100))
print(select.select([server], [], [], 0))

# A selector server: each client sends its name, the server answers in turn.
sel = selectors.DefaultSelector()
server.setblocking(False)
sel.register(server, selectors.EVENT_READ, data='server')
clients = []
for name in ('alpha', 'beta', 'gamma'):
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.setblocking(False)
    sel.register(c, selectors.EVENT_READ, data=name)
    clients.append(c)
    c.sendto(name.encode(), server.getsockname())

answers = {}
served = []
while len(answers) < len(clients):
    for key, events in sel.select(timeout=2):
        if key.data == 'server':
            while True:
                try:
                    data, addr = server.recvfrom(100)
                except BlockingIOError:
                    break
                served.append(data)
                server.sendto(b'hello ' + data, addr)
        else:
            answers[key.data] = key.fileobj.recv(100)
print(sorted(served))
print(sorted(answers.items()))
key = sel.get_key(server)
print(key.events == selectors.EVENT_READ, key.data)
sel.modify(server, selectors.EVENT_READ | selectors.EVENT_WRITE, data='both')
print([(k.data, ev) for k, ev in sel.select(0)])
sel.unregister(server)
print(sel.select(0))
sel.close()
for c in clients + [fresh, server]:
    c.close()
try:
    select.select([server], [], [], 0)
except (ValueError, OSError) as e:
    print(type(e).__name__, e)

# epoll on UDP sockets
import select, socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); a.bind(('127.0.0.1', 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
ep = select.epoll()
ep.register(a.fileno(), select.EPOLLIN | select.EPOLLOUT)
ep.register(b.fileno(), select.EPOLLIN)
print(sorted((fd == a.fileno(), ev) for fd, ev in ep.poll(0)))
b.sendto(b'x', a.getsockname())
print(sorted((fd == a.fileno(), ev) for fd, ev in ep.poll(1)))
ep.modify(a.fileno(), select.EPOLLIN)
print(a.recv(5), ep.poll(0.05))
ep.close()
