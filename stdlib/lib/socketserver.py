"""Frameworks for network servers, written for tpy over socket, selectors and threading.

A server owns a listening socket and, for each connection it accepts, makes an
instance of its request handler class, whose handle() talks to the client. The
server classes and the handler classes are meant to be subclassed; the hooks a
subclass overrides (verify_request, process_request, handle_error, ...) are called in
the order CPython's socketserver documents. A ThreadingMixIn server handles each
request in a thread of its own. tpy has no fork(), so there is no ForkingMixIn, as on
platforms without os.fork; Unix-socket servers exist but cannot be created (tpy's
sockets are IPv4 TCP and UDP only: their socket raises NotImplementedError).
"""

import io
import os
import select
import socket
import sys
import threading
from time import monotonic as _monotonic

__all__ = ['BaseServer', 'TCPServer', 'UDPServer', 'ThreadingUDPServer', 'ThreadingTCPServer',
           'BaseRequestHandler', 'StreamRequestHandler', 'DatagramRequestHandler', 'ThreadingMixIn',
           'UnixStreamServer', 'UnixDatagramServer', 'ThreadingUnixStreamServer',
           'ThreadingUnixDatagramServer']

def _readable(server, timeout):
    """Whether the server's socket has a connection (or datagram) waiting, within timeout seconds (None: no limit)."""
    ready, _, _ = select.select([server], [], [], timeout)
    return bool(ready)


class BaseServer:
    """The request loop shared by every server: wait, accept, verify, process, close."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        # shutdown() asks the loop to stop, then waits until it has (set while none runs).
        self._stop_asked = False
        self._loop_stopped = threading.Event()

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handles requests until shutdown() is called, checking for it every poll_interval seconds."""
        self._loop_stopped.clear()
        try:
            while not self._stop_asked:
                waiting = _readable(self, poll_interval)
                # A shutdown() made during the wait wins over a waiting request.
                if self._stop_asked:
                    break
                if waiting:
                    self._serve_one()
                self.service_actions()
        finally:
            self._stop_asked = False
            self._loop_stopped.set()

    def shutdown(self):
        """Stops serve_forever and waits until it has returned (call it from another thread)."""
        self._stop_asked = True
        self._loop_stopped.wait()

    def service_actions(self):
        pass

    def _patience(self):
        """How long handle_request waits: the shorter of the socket's timeout and self.timeout (None: for ever)."""
        limits = [t for t in (self.socket.gettimeout(), self.timeout) if t is not None]
        return min(limits) if limits else None

    def handle_request(self):
        """Handles one request, waiting at most the socket's or self.timeout (then handle_timeout())."""
        left = self._patience()
        deadline = None if left is None else _monotonic() + left
        while not _readable(self, left):
            if deadline is not None:
                left = deadline - _monotonic()
                if left < 0:
                    return self.handle_timeout()
        return self._serve_one()

    def _serve_one(self):
        """Takes the waiting request and runs it through the hooks; a failure goes to handle_error()."""
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)
        except BaseException:
            self.shutdown_request(request)
            raise

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        """Prints the exception being handled to stderr, between two lines of dashes."""
        import traceback
        rule = '-' * 40
        sys.stderr.write(f'{rule}\nException occurred during processing of request from {client_address}\n')
        traceback.print_exc()
        sys.stderr.write(rule + '\n')

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a listening TCP socket; each request is an accepted connection."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        super().__init__(server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if not bind_and_activate:
            return
        try:
            self.server_bind()
            self.server_activate()
        except BaseException:
            self.server_close()
            raise

    def server_bind(self):
        sock = self.socket
        for wanted, option in ((self.allow_reuse_address, 'SO_REUSEADDR'), (self.allow_reuse_port, 'SO_REUSEPORT')):
            if wanted and hasattr(socket, option):
                sock.setsockopt(socket.SOL_SOCKET, getattr(socket, option), 1)
        sock.bind(self.server_address)
        # With port 0, the address now holds the port the system picked.
        self.server_address = sock.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        try:
            # Tell the client we are done before closing (close alone could reset).
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A datagram (UDP) server: each datagram received is a request, answered on the server's socket."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        # A datagram's request is the packet with the socket to answer on.
        packet, sender = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), sender

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass


class ThreadingMixIn:
    """Mix-in handling each request in a new thread (put it before the server class)."""

    daemon_threads = False
    # server_close() waits for the handler threads that are not daemons.
    block_on_close = True

    def process_request_thread(self, request, client_address):
        """What each request's thread runs: the handler, then the request's shutdown in any case."""
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        worker = threading.Thread(target=self.process_request_thread, args=(request, client_address))
        worker.daemon = self.daemon_threads
        if self.block_on_close and not worker.daemon:
            # server_close() joins them; those already finished are dropped as new ones come.
            self._workers = [w for w in getattr(self, '_workers', ()) if w.is_alive()] + [worker]
        worker.start()

    def server_close(self):
        super().server_close()
        workers = getattr(self, '_workers', [])
        self._workers = []
        for worker in workers:
            worker.join()


class ThreadingUDPServer(ThreadingMixIn, UDPServer): pass
class ThreadingTCPServer(ThreadingMixIn, TCPServer): pass


class UnixStreamServer(TCPServer):
    address_family = socket.AF_UNIX


class UnixDatagramServer(UDPServer):
    address_family = socket.AF_UNIX


class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer): pass
class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer): pass


class BaseRequestHandler:
    """One request: __init__ runs setup(), handle() and finish() (finish() even if handle() raised)."""

    def __init__(self, request, client_address, server):
        self.request, self.client_address, self.server = request, client_address, server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """A handler with file objects over the connection: rfile to read, wfile to write."""

    rbufsize = -1
    # 0: wfile writes straight to the socket (no buffer to flush).
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        conn = self.connection = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile('rb', self.rbufsize)
        # Unbuffered: every write goes out at once (sendall), as a makefile with buffering 0 cannot.
        self.wfile = _SendallFile(conn) if self.wbufsize == 0 else conn.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                # The client may have gone away already.
                pass
        self.wfile.close()
        self.rfile.close()


class _SendallFile(io.BufferedIOBase):
    """An unbuffered writable file over a socket: each write() is a sendall()."""

    def __init__(self, conn):
        self._conn = conn

    def writable(self):
        return True

    def write(self, b):
        self._conn.sendall(b)
        return memoryview(b).nbytes

    def fileno(self):
        return self._conn.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler for datagram servers: rfile holds the packet, wfile collects the reply."""

    def setup(self):
        self.packet, self.socket = self.request
        self.rfile, self.wfile = io.BytesIO(self.packet), io.BytesIO()

    def finish(self):
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
