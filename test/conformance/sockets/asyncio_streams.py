# asyncio streams over real sockets on 127.0.0.1: start_server/open_connection, the
# StreamReader's reads (readline, readexactly, readuntil, read, async for) and their errors,
# StreamWriter's drain/write_eof/close/wait_closed, and the Server's life.
import asyncio

log = []


async def echo_upper(reader, writer):
    # One line per request until EOF, each answered upper-cased.
    async for line in reader:
        writer.write(line.upper())
        await writer.drain()
    log.append(("server saw eof", reader.at_eof()))
    writer.close()
    await writer.wait_closed()


async def lines_demo(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("writer type:", type(writer).__name__, type(reader).__name__)
    print("peer host:", writer.get_extra_info("peername")[0])
    for text in (b"hello\n", b"two words\n", b"x\n"):
        writer.write(text)
        await writer.drain()
        print("reply:", await reader.readline())
    writer.writelines([b"a", b"b", b"c\n"])
    print("writelines reply:", await reader.readline())
    print("can_write_eof:", writer.can_write_eof())
    writer.write_eof()
    print("after eof:", await reader.read(), reader.at_eof())
    writer.close()
    print("closing:", writer.is_closing())
    await writer.wait_closed()


async def fixed_reply(reader, writer):
    writer.write(b"HEADER:12345|tail-data-without-newline")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def reads_demo(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("readuntil:", await reader.readuntil(b":"))
    print("readexactly:", await reader.readexactly(5))
    print("readuntil |:", await reader.readuntil(b"|"))
    print("read(4):", await reader.read(4))
    print("read(0):", await reader.read(0))
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    print("at_eof:", reader.at_eof(), await reader.read(), await reader.readline())
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print("ValueError:", e)
    writer.close()
    await writer.wait_closed()


async def long_line(reader, writer):
    writer.write(b"y" * 50 + b"\nshort\n" + b"z" * 40)
    await writer.drain()
    writer.close()


async def limit_demo(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=20)
    await asyncio.sleep(0.05)
    try:
        await reader.readline()
    except ValueError as e:
        print("readline over limit:", e)
    print("next line:", await reader.readline())
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e)
    writer.close()


async def many_clients(port):
    async def one(i):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"client {i}\n".encode())
        await writer.drain()
        reply = await reader.readline()
        writer.close()
        await writer.wait_closed()
        return reply
    replies = await asyncio.gather(*(one(i) for i in range(5)))
    print("gathered:", replies)


async def main():
    server = await asyncio.start_server(echo_upper, "127.0.0.1", 0)
    print("server:", type(server).__name__, server.is_serving(), len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    await lines_demo(port)
    await many_clients(port)
    server.close()
    await server.wait_closed()
    print("closed server serving:", server.is_serving(), server.sockets)
    await asyncio.sleep(0.05)
    print("log:", sorted(set(log)))

    async with await asyncio.start_server(fixed_reply, "127.0.0.1", 0) as s2:
        await reads_demo(s2.sockets[0].getsockname()[1])
    print("context manager closed:", s2.is_serving())

    s3 = await asyncio.start_server(long_line, "127.0.0.1", 0)
    await limit_demo(s3.sockets[0].getsockname()[1])
    s3.close()

    # serve_forever until cancelled
    s4 = await asyncio.start_server(echo_upper, "127.0.0.1", 0, start_serving=False)
    print("start_serving=False:", s4.is_serving())
    task = asyncio.create_task(s4.serve_forever())
    await asyncio.sleep(0.01)
    print("serving forever:", s4.is_serving())
    r, w = await asyncio.open_connection("127.0.0.1", s4.sockets[0].getsockname()[1])
    w.write(b"ping\n")
    print("forever reply:", await r.readline())
    w.close()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", s4.is_serving())

    # A port nobody listens on.
    probe = await asyncio.start_server(echo_upper, "127.0.0.1", 0)
    dead = probe.sockets[0].getsockname()[1]
    probe.close()
    await probe.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", dead)
    except ConnectionRefusedError as e:
        print("refused:", type(e).__name__, e.errno, str(e).replace(str(dead), "PORT"))


asyncio.run(main())
