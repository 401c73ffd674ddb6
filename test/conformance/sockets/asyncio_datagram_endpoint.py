# asyncio datagram endpoints: an echo server and a client protocol over UDP.
import asyncio
import socket

class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
        print('server ready', transport.get_extra_info('peername'), transport.get_extra_info('socket').type)

    def datagram_received(self, data, addr):
        print('server got', data)
        self.transport.sendto(data.upper(), addr)

    def connection_lost(self, exc):
        print('server lost', exc)

class Client(asyncio.DatagramProtocol):
    def __init__(self, messages, done):
        self.messages = list(messages)
        self.done = done
        self.replies = []

    def connection_made(self, transport):
        self.transport = transport
        print('client peername is the server:', transport.get_extra_info('peername') is not None)
        print(repr(transport).replace('fd=%d' % transport.get_extra_info('socket').fileno(), 'fd=N'))
        if self.messages:
            transport.sendto(self.messages.pop(0))

    def datagram_received(self, data, addr):
        self.replies.append(data)
        if self.messages:
            self.transport.sendto(self.messages.pop(0))
        else:
            self.transport.close()

    def error_received(self, exc):
        print('client error', type(exc).__name__, exc)

    def connection_lost(self, exc):
        print('client lost', exc)
        self.done.set_result(self.replies)

async def main():
    loop = asyncio.get_running_loop()
    server_transport, server = await loop.create_datagram_endpoint(EchoServer, local_addr=('127.0.0.1', 0))
    addr = server_transport.get_extra_info('sockname')
    done = loop.create_future()
    transport, client = await loop.create_datagram_endpoint(
        lambda: Client([b'one', b'two', b'three'], done), remote_addr=addr)
    print('replies', await done)
    print(transport.is_closing())
    try:
        transport.sendto('text')
    except TypeError as e:
        print(e)

    # An unconnected client names the address each time; a connected one must not name another.
    done2 = loop.create_future()
    t2, p2 = await loop.create_datagram_endpoint(lambda: Client([], done2), family=socket.AF_INET)
    t2.sendto(b'addressed', addr)
    await asyncio.sleep(0.05)
    t2.close()
    print('unconnected got', await done2)
    t3, p3 = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, remote_addr=addr)
    try:
        t3.sendto(b'x', ('127.0.0.1', 9))
    except ValueError as e:
        print('ValueError', 'Invalid address' in str(e))
    t3.close()

    # A connected endpoint to a closed port hears about it in error_received.
    closed = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    closed.bind(('127.0.0.1', 0))
    dead = closed.getsockname()
    closed.close()
    done4 = loop.create_future()
    t4, p4 = await loop.create_datagram_endpoint(lambda: Client([b'anyone?'], done4), remote_addr=dead)
    await asyncio.sleep(0.1)
    t4.abort()
    await done4

    for bad in (dict(), dict(sock=socket.socket())):
        try:
            await loop.create_datagram_endpoint(asyncio.DatagramProtocol, **bad)
        except ValueError as e:
            print('ValueError', str(e).split(',')[0])
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    t5, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, sock=s)
    print(s.gettimeout(), t5.get_extra_info('sockname'))
    t5.close()
    server_transport.close()
    await asyncio.sleep(0.01)

asyncio.run(main())
