# asyncio's sock_recvfrom, sock_recvfrom_into and sock_sendto on non-blocking UDP sockets.
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.bind(('127.0.0.1', 0))
    server.setblocking(False)
    client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    client.setblocking(False)

    async def serve():
        for _ in range(3):
            data, addr = await loop.sock_recvfrom(server, 100)
            print('server got', data)
            await loop.sock_sendto(server, data[::-1], addr)
    task = asyncio.create_task(serve())
    for word in (b'stressed', b'drawer', b'live'):
        print('sent', await loop.sock_sendto(client, word, server.getsockname()))
        buf = bytearray(20)
        n, addr = await loop.sock_recvfrom_into(client, buf)
        print('client got', bytes(buf[:n]), addr == server.getsockname())
    await task
    try:
        await asyncio.wait_for(loop.sock_recvfrom(client, 10), 0.05)
    except asyncio.TimeoutError:
        print('nothing more')
    client.close(); server.close()

asyncio.run(main())
