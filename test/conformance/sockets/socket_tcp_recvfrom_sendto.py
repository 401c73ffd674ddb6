# recvfrom and sendto on TCP sockets: recvfrom gives no address (None), sendto on a
# connected socket ignores its address, and recv(0) returns b'' at once in any state.
import socket

listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen()
client = socket.create_connection(listener.getsockname())
conn, _ = listener.accept()

print(client.sendto(b'hello', ('127.0.0.1', 9)))
print(conn.recvfrom(100))
client.send(b'peek me')
print(conn.recvfrom(4, socket.MSG_PEEK))
print(conn.recvfrom(100))
buf = bytearray(8)
client.send(b'into')
print(conn.recvfrom_into(buf), buf)
print(conn.recv(0))
client.send(b'x')
print(conn.recvfrom(0), conn.recv(10))

fresh = socket.socket()
print(fresh.recv(0))
for call in (lambda: fresh.recvfrom(10), lambda: fresh.sendto(b'x', ('127.0.0.1', 9)),
             lambda: fresh.sendto(b'x', 'bad')):
    try:
        print(call())
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
fresh.close()
print(fresh.recv(0))
for s in (client, conn, listener):
    s.close()
