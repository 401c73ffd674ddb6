"""Server: what loop.create_server() and asyncio.start_server() return.

It owns the listening sockets and counts the connections it accepted that are still open,
so that wait_closed() can wait for the last of them once the server is closed.
"""

from . import exceptions, tasks

__all__ = ('Server',)


class Server:

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets            # None once closed
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._open_connections = 0
        self._closed_waiters = []          # None once they were woken
        self._serving = False
        self._forever = None               # serve_forever()'s future while it runs

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    # Connections report in and out (the socket transport calls these).

    def _attach(self):
        self._open_connections += 1

    def _detach(self):
        self._open_connections -= 1
        if self._open_connections == 0 and self._sockets is None:
            self._wake_closed_waiters()

    def _wake_closed_waiters(self):
        waiters, self._closed_waiters = self._closed_waiters, None
        for waiter in waiters or ():
            if not waiter.done():
                waiter.set_result(waiter)

    # Serving

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        return () if self._sockets is None else tuple(self._sockets)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, None, self, self._backlog)

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._forever is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._forever = self._loop.create_future()
        try:
            await self._forever
        except exceptions.CancelledError:
            # Cancelled (the usual way to stop it): close, wait, and stay cancelled.
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._forever = None

    def close(self):
        """Stop listening; the connections already accepted stay open."""
        sockets, self._sockets = self._sockets, None
        if sockets is None:
            return
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if self._forever is not None and not self._forever.done():
            self._forever.cancel()
            self._forever = None
        if self._open_connections == 0:
            self._wake_closed_waiters()

    async def wait_closed(self):
        # As in 3.11: once close() has run this returns at once, even while accepted
        # connections are still open (3.12 waits for them).
        if self._sockets is None or self._closed_waiters is None:
            return
        waiter = self._loop.create_future()
        self._closed_waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()
