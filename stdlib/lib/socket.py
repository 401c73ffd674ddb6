"""The socket module of tpy: IPv4 TCP sockets, written in tpy over the native _sockmini.

As CPython's socket.py wraps _socket, this wraps _sockmini: socket.socket is a
subclass of _sockmini.sockmini (so its I/O methods are the native ones), plus
context management, makefile(), create_connection() and the usual constants.
Anything beyond IPv4 TCP (IPv6, UDP, Unix sockets) raises NotImplementedError.
"""

import _sockmini
from _sockmini import gaierror, herror, setdefaulttimeout, getdefaulttimeout, gethostname, gethostbyname

error = OSError
timeout = TimeoutError

# Address families, socket types and protocols (Linux values).
AF_UNSPEC = 0
AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
INADDR_ANY = 0
INADDR_LOOPBACK = 0x7F000001
INADDR_BROADCAST = 0xFFFFFFFF
SOMAXCONN = 4096
has_ipv6 = False

# Options (level, name) for setsockopt/getsockopt.
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_REUSEPORT = 15
TCP_NODELAY = 1

# shutdown() and recv() flags.
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
MSG_PEEK = 2
MSG_DONTWAIT = 64
MSG_WAITALL = 256

_FAMILY_NAMES = {AF_UNSPEC: 'AF_UNSPEC', AF_UNIX: 'AF_UNIX', AF_INET6: 'AF_INET6'}
_TYPE_NAMES = {SOCK_DGRAM: 'SOCK_DGRAM (UDP)', SOCK_RAW: 'SOCK_RAW'}

# create_connection's "no timeout given" marker (use the default timeout).
_GLOBAL_DEFAULT_TIMEOUT = object()


class socket(_sockmini.sockmini):
    """A TCP/IPv4 socket: socket(AF_INET, SOCK_STREAM)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if family != AF_INET:
            name = _FAMILY_NAMES.get(family, 'address family %d' % family)
            raise NotImplementedError('tpy sockets support only AF_INET (IPv4), not ' + name)
        if type != SOCK_STREAM:
            name = _TYPE_NAMES.get(type, 'socket type %d' % type)
            raise NotImplementedError('tpy sockets support only SOCK_STREAM (TCP), not ' + name)
        _sockmini.sockmini.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = '<%s.%s%s fd=%i, family=%i, type=%i, proto=%i' % (
            self.__class__.__module__, self.__class__.__qualname__,
            ' [closed]' if closed else '', self.fileno(), self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ', laddr=%s' % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ', raddr=%s' % str(raddr)
            except error:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % self.__class__.__name__)

    def dup(self):
        raise NotImplementedError('tpy sockets cannot be duplicated (dup)')

    def accept(self):
        """accept() -> (socket, address): a new connected socket and the peer's address."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        # As CPython: with no default timeout, a connection accepted by a socket
        # with a timeout is still blocking.
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading from and/or writing to the socket ('r', 'rb', 'w', 'wb', 'rw', 'rwb')."""
        if not set(mode) <= {'r', 'w', 'b'}:
            raise ValueError('invalid mode %r (only r, w, b allowed)' % (mode,))
        reading = 'r' in mode
        writing = 'w' in mode
        if not reading and not writing:
            reading = True
        binary = 'b' in mode
        if binary and (encoding is not None or errors is not None or newline is not None):
            raise ValueError('binary mode doesn\'t take an encoding argument')
        self._io_refs += 1
        return SocketFile(self, mode, reading, writing, binary, encoding or 'UTF-8', errors or 'strict')

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self):
        _sockmini.sockmini.close(self)

    def close(self):
        """Closes the socket (the connection itself once no makefile() object uses it)."""
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        return _sockmini.sockmini.detach(self)

    def connect_ex(self, address):
        """connect() returning an errno (0 on success) instead of raising OSError."""
        try:
            self.connect(address)
        except gaierror:
            raise
        except TimeoutError as e:
            if e.errno is None:
                return 11
            return e.errno
        except OSError as e:
            if e.errno is None:
                raise
            return e.errno
        return 0


class SocketFile:
    """What socket.makefile() returns: buffered reads (read, readline) and writes (write, flush)."""

    _CHUNK = 8192

    def __init__(self, sock, mode, reading, writing, binary, encoding, errors):
        self._sock = sock
        self.mode = mode
        self._reading = reading
        self._writing = writing
        self._binary = binary
        self.encoding = None if binary else encoding
        self.errors = None if binary else errors
        self._rbuf = b''
        self._wbuf = []
        self._wlen = 0
        self._eof = False
        self._closed = False
        self._name = sock.fileno()

    @property
    def name(self):
        return self._name

    @property
    def closed(self):
        return self._closed

    def __repr__(self):
        if self._binary:
            kind = '_io.BufferedRWPair' if self._reading and self._writing else (
                '_io.BufferedReader' if self._reading else '_io.BufferedWriter')
            return '<%s name=%d>' % (kind, -1 if self._closed else self._name)
        return '<_io.TextIOWrapper name=%d mode=%r encoding=%r>' % (self._name, self.mode, self.encoding)

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self):
        self._check_open()
        if not self._reading:
            raise OSError('File not open for reading')

    def _fill(self):
        """Reads one more chunk into the buffer; False at end of stream."""
        if self._eof:
            return False
        data = self._sock.recv(self._CHUNK)
        if not data:
            self._eof = True
            return False
        self._rbuf += data
        return True

    def _out(self, data):
        if self._binary:
            return data
        return data.decode(self.encoding, self.errors)

    def readable(self):
        self._check_open()
        return self._reading

    def writable(self):
        self._check_open()
        return self._writing

    def fileno(self):
        self._check_open()
        return self._sock.fileno()

    def read(self, size=-1):
        """Up to size bytes (everything until end of stream when size is negative or omitted)."""
        self._check_readable()
        if size is None or size < 0:
            while self._fill():
                pass
            data = self._rbuf
            self._rbuf = b''
            return self._out(data)
        if not self._binary:
            raise NotImplementedError('read(size) on a text-mode socket file is not supported; use read() or readline()')
        while len(self._rbuf) < size and self._fill():
            pass
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def readline(self, limit=-1):
        """One line up to and including b'\\n' (at most limit bytes), b'' at end of stream."""
        self._check_readable()
        if limit is None:
            limit = -1
        start = 0
        while True:
            nl = self._rbuf.find(b'\n', start)
            if nl >= 0:
                end = nl + 1
                break
            if 0 <= limit <= len(self._rbuf):
                end = limit
                break
            start = len(self._rbuf)
            if not self._fill():
                end = len(self._rbuf)
                break
        if 0 <= limit < end:
            end = limit
        line = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return self._out(line)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def __iter__(self):
        return self

    def __next__(self):
        # Note: a for loop calls __next__ from native code, where a socket cannot
        # wait; lines already buffered are fine, waiting raises RuntimeError.
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        """Buffers data (flushed when 8 KiB accumulate, by flush() and by close()); returns its length."""
        self._check_open()
        if not self._writing:
            raise OSError('File not open for writing')
        if not self._binary:
            if not isinstance(data, str):
                raise TypeError('write() argument must be str, not %s' % type(data).__name__)
            n = len(data)
            data = data.encode(self.encoding, self.errors)
        else:
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
            n = len(data)
        self._wbuf.append(bytes(data))
        self._wlen += len(data)
        if self._wlen >= self._CHUNK:
            self.flush()
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf = []
            self._wlen = 0
            self._sock.sendall(data)

    def close(self):
        if self._closed:
            return
        try:
            if self._writing and self._wbuf:
                self.flush()
        finally:
            self._closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    """Connects to (host, port) and returns the socket; timeout, when given, is set before connecting."""
    host, port = address
    sock = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect((host, port))
        return sock
    except BaseException:
        sock.close()
        raise


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False):
    """A socket bound to address and listening."""
    if reuse_port:
        raise NotImplementedError('tpy sockets do not support SO_REUSEPORT')
    sock = socket(family, SOCK_STREAM)
    try:
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """[(AF_INET, SOCK_STREAM, IPPROTO_TCP, '', (address, port))] for an IPv4 TCP endpoint."""
    if family not in (0, AF_INET):
        raise NotImplementedError('tpy sockets support only AF_INET (IPv4)')
    if type not in (0, SOCK_STREAM):
        raise NotImplementedError('tpy sockets support only SOCK_STREAM (TCP)')
    address = '0.0.0.0' if host is None else gethostbyname(host)
    return [(AF_INET, SOCK_STREAM, IPPROTO_TCP, '', (address, port))]


def socketpair(*args):
    raise NotImplementedError('tpy sockets do not support socketpair()')


def fromfd(*args):
    raise NotImplementedError('tpy sockets do not support fromfd()')
