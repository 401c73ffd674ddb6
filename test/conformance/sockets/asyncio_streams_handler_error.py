# A start_server handler that raises: the loop reports "Unhandled exception in
# client_connected_cb" with the transport (no longer polling after the peer's EOF) and closes the
# connection, so the client reads EOF instead of waiting for ever
import asyncio
import re


async def handle(reader, writer):
    line = await reader.readline()
    if line == b"exact\n":
        data = await reader.readexactly(4)
    elif line == b"until\n":
        data = await reader.readuntil(b"!")
    else:
        raise ValueError("bad command %r" % line)
    writer.write(b"got " + data + b"\n")
    await writer.drain()
    writer.close()


def report(loop, context):
    print("handler:", context["message"])
    print("  exception:", type(context["exception"]).__name__, context["exception"])
    print("  transport:", re.sub(r"fd=\d+", "fd=N", repr(context["transport"])))


async def main():
    asyncio.get_running_loop().set_exception_handler(report)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        for payload in [b"exact\nabcd", b"exact\nab", b"until\nxyz!", b"until\nno bang", b"what\n"]:
            r, w = await asyncio.open_connection("127.0.0.1", port)
            w.write(payload)
            w.write_eof()
            try:
                print(payload, "->", await asyncio.wait_for(r.read(), 2))
            except asyncio.TimeoutError:
                print(payload, "-> client timed out")
            w.close()
            await w.wait_closed()
            await asyncio.sleep(0.01)


asyncio.run(main())
