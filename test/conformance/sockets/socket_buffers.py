# send/sendall take any bytes-like object (memoryview slices, array, bytearray); recv_into fills a
# bytearray or memoryview; their errors
import socket, array

srv = socket.create_server(('127.0.0.1', 0))
b = socket.create_connection(srv.getsockname())
x, _ = srv.accept()
data = bytes(range(40, 80))
print(b.send(memoryview(data)[10:20]), b.send(bytearray(b'xyz')), b.send(array.array('B', [65, 66, 67])))
b.sendall(memoryview(data)[::2].tobytes())
b.sendall(array.array('h', [1, 2]))
print(x.recv(100))
for bad in ['str', 5, None, [1, 2]]:
    try:
        b.sendall(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    x.recv(-1)
except ValueError as e:
    print(e)
buf = bytearray(8)
b.sendall(b'0123456789')
print(x.recv_into(buf), buf)
print(x.recv_into(buf, 2), buf)
view = memoryview(bytearray(6))
b.sendall(b'abcdef')
print(x.recv_into(view[2:]), bytes(view))
for args in [(bytearray(4), -1), (bytearray(4), 10), (b'read-only',)]:
    try:
        x.recv_into(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b.close()
print(x.recv_into(bytearray(4)))
x.close()
srv.close()
