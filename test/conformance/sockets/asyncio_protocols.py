# asyncio's transports and protocols over real sockets on 127.0.0.1 (loop.create_server,
# loop.create_connection), and the loop's sock_* coroutines and add_reader on raw
# non-blocking sockets.
import asyncio
import socket

events = []


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        events.append("server: connection_made")
        print("server transport closing?", transport.is_closing(), transport.can_write_eof())

    def data_received(self, data):
        events.append(f"server: data {data!r}")
        self.transport.write(data[::-1])
        if data == b"bye":
            self.transport.close()

    def eof_received(self):
        events.append("server: eof_received")
        self.transport.write(b"<eof seen>")
        return True   # keep the transport open to write after the peer's EOF

    def connection_lost(self, exc):
        events.append(f"server: connection_lost {exc!r}")


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.received = []

    def connection_made(self, transport):
        self.transport = transport
        print("client peer is loopback:", transport.get_extra_info("peername")[0])
        print("client sockname host:", transport.get_extra_info("sockname")[0])
        print("extra default:", transport.get_extra_info("nothing", "dflt"))
        print("socket type:", transport.get_extra_info("socket").type == socket.SOCK_STREAM)

    def data_received(self, data):
        self.received.append(data)

    def eof_received(self):
        self.received.append(b"<EOF>")

    def connection_lost(self, exc):
        self.done.set_result(b"".join(self.received))


async def protocols_demo(loop):
    server = await loop.create_server(Echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, client = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    print("types:", type(client).__name__, isinstance(transport, asyncio.Transport))
    transport.write(b"abc")
    await asyncio.sleep(0.05)
    print("buffer size:", transport.get_write_buffer_size())
    transport.write_eof()
    await asyncio.sleep(0.05)
    print("client got so far:", b"".join(client.received))
    transport.close()
    print("client closing:", transport.is_closing())
    print("done:", await done)
    await asyncio.sleep(0.05)
    for e in events:
        print(" ", e)
    events.clear()

    # The server closes first.
    done2 = loop.create_future()
    t2, c2 = await loop.create_connection(lambda: Client(done2), "127.0.0.1", port)
    t2.write(b"bye")
    print("done2:", await done2)
    await asyncio.sleep(0.05)
    print("server events:", events)
    try:
        t2.write("text")
    except TypeError as e:
        print("TypeError:", e)
    server.close()
    await server.wait_closed()


async def sock_demo(loop):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    client = socket.socket()
    client.setblocking(False)
    accepting = asyncio.ensure_future(loop.sock_accept(listener))
    await loop.sock_connect(client, ("127.0.0.1", port))
    conn, addr = await accepting
    print("accepted from loopback:", addr[0], conn.gettimeout())
    await loop.sock_sendall(client, b"x" * 100000)
    total = 0
    while total < 100000:
        chunk = await loop.sock_recv(conn, 65536)
        total += len(chunk)
    print("received:", total)

    # add_reader: a callback whenever the socket is readable.
    got = loop.create_future()

    def readable():
        data = conn.recv(100)
        loop.remove_reader(conn.fileno())
        got.set_result(data)
    loop.add_reader(conn.fileno(), readable)
    await loop.sock_sendall(client, b"ping")
    print("add_reader got:", await got, loop.remove_reader(conn.fileno()))

    # sock_recv waits until data comes
    async def later():
        await asyncio.sleep(0.02)
        await loop.sock_sendall(conn, b"late")
    asyncio.ensure_future(later())
    print("sock_recv:", await loop.sock_recv(client, 10))
    client.close()
    print("after peer close:", await loop.sock_recv(conn, 10))
    conn.close()
    listener.close()

    dead = socket.socket()
    dead.bind(("127.0.0.1", 0))
    dead_port = dead.getsockname()[1]
    dead.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, ("127.0.0.1", dead_port))
    except ConnectionRefusedError as e:
        print("sock_connect refused:", e.errno)
    s.close()


async def main():
    loop = asyncio.get_running_loop()
    print("loop:", type(loop).__name__, isinstance(loop, asyncio.SelectorEventLoop))
    await protocols_demo(loop)
    await sock_demo(loop)
    try:
        await loop.create_connection(asyncio.Protocol)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await loop.create_server(asyncio.Protocol)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
print("base classes:", [c.__name__ for c in asyncio.Protocol.__mro__], asyncio.Transport.__mro__[1].__name__)
