"""The socket module of tpy: IPv4 TCP and UDP sockets, written in tpy over the native _sockmini.

As CPython's socket.py wraps _socket, this wraps _sockmini: socket.socket is a
subclass of _sockmini.sockmini (so its I/O methods are the native ones), plus
context management, makefile(), create_connection() and the usual constants.
Anything beyond IPv4 TCP and UDP (IPv6, Unix sockets, raw sockets) raises NotImplementedError.
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
SOCK_RDM = 4
SOCK_SEQPACKET = 5
SOCK_NONBLOCK = 0o4000
SOCK_CLOEXEC = 0o2000000
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
INADDR_ANY = 0
INADDR_LOOPBACK = 0x7F000001
INADDR_BROADCAST = 0xFFFFFFFF
SOMAXCONN = 4096
has_ipv6 = False


def has_dualstack_ipv6():
    """False: tpy's sockets are IPv4 only (has_ipv6 is False)."""
    return False

# Options (level, name) for setsockopt/getsockopt.
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_BROADCAST = 6
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

AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
AI_NUMERICSERV = 1024
IP_TOS = 1
IP_TTL = 2

class _Constant(int):
    """An int with a name, shown as an IntEnum member is: <AddressFamily.AF_INET: 2>.

    CPython's AddressFamily and SocketKind are IntEnums; these read and compare the same
    (repr, str, name, value, lookup by value) without importing enum, which would double the
    time `import socket` takes in tpy.
    """

    _members = None

    def __new__(cls, value):
        member = cls._members.get(value)
        if member is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        return member

    @classmethod
    def _define(cls, pairs):
        cls._members = {}
        for name, value in pairs:
            member = int.__new__(cls, value)
            member._name_ = name
            cls._members.setdefault(value, member)
            setattr(cls, name, member)
        return [cls._members[value] for _, value in pairs]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return '<%s.%s: %d>' % (type(self).__qualname__, self._name_, self)

    __str__ = int.__repr__

    def __reduce__(self):
        return type(self), (int(self),)


class AddressFamily(_Constant):
    pass


class SocketKind(_Constant):
    pass


AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6 = AddressFamily._define(
    [('AF_UNSPEC', AF_UNSPEC), ('AF_UNIX', AF_UNIX), ('AF_INET', AF_INET), ('AF_INET6', AF_INET6)])
SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET, SOCK_NONBLOCK, SOCK_CLOEXEC = SocketKind._define(
    [('SOCK_STREAM', SOCK_STREAM), ('SOCK_DGRAM', SOCK_DGRAM), ('SOCK_RAW', SOCK_RAW), ('SOCK_RDM', SOCK_RDM),
     ('SOCK_SEQPACKET', SOCK_SEQPACKET), ('SOCK_NONBLOCK', SOCK_NONBLOCK), ('SOCK_CLOEXEC', SOCK_CLOEXEC)])


def _intenum_converter(value, enum_klass):
    """The enum member for value, or value itself when it names none."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


_FAMILY_NAMES = {AF_UNSPEC: 'AF_UNSPEC', AF_UNIX: 'AF_UNIX', AF_INET6: 'AF_INET6'}

# create_connection's "no timeout given" marker (use the default timeout).
_GLOBAL_DEFAULT_TIMEOUT = object()


class socket(_sockmini.sockmini):
    """An IPv4 socket: socket(AF_INET, SOCK_STREAM) for TCP, socket(AF_INET, SOCK_DGRAM) for UDP."""

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
        _sockmini.sockmini.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    @property
    def family(self):
        """The socket's address family (an AddressFamily member)."""
        return _intenum_converter(_sockmini.sockmini.family.__get__(self), AddressFamily)

    @property
    def type(self):
        """The socket's type (a SocketKind member)."""
        return _intenum_converter(_sockmini.sockmini.type.__get__(self), SocketKind)

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
        # As in CPython, a binary file ignores encoding, errors and newline.
        if not binary and newline is not None:
            if not isinstance(newline, str):
                raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s" % type(newline).__name__)
            if newline not in ('', '\n', '\r', '\r\n'):
                raise ValueError('illegal newline value: %s' % (newline,))
        if buffering == 0:
            if not binary:
                raise ValueError('unbuffered streams must be binary')
            self._io_refs += 1
            return SocketIO(self, 'rw' if reading and writing else ('r' if reading else 'w'))
        self._io_refs += 1
        if not binary:
            cls = TextIOWrapper
        elif reading and writing:
            cls = BufferedRWPair
        else:
            cls = BufferedReader if reading else BufferedWriter
        f = cls(self, mode, reading, writing, binary, encoding or 'UTF-8', errors or 'strict')
        if not binary:
            f._set_newline(newline)
        return f

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

    def recv_into(self, buffer, nbytes=0, flags=0):
        """recv_into(buffer[, nbytes[, flags]]) -> count: receives up to nbytes (len(buffer) if 0) into buffer."""
        view, nbytes = _into_args('recv_into', buffer, nbytes, 'buffer too small for requested bytes')
        data = self.recv(nbytes, flags) if flags else self.recv(nbytes)
        n = len(data)
        view[:n] = data
        return n

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        """recvfrom_into(buffer[, nbytes[, flags]]) -> (count, address): recvfrom into buffer."""
        view, nbytes = _into_args('recvfrom_into', buffer, nbytes, 'nbytes is greater than the length of the buffer')
        data, address = self.recvfrom(nbytes, flags) if flags else self.recvfrom(nbytes)
        n = len(data)
        view[:n] = data
        return n, address

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


def _into_args(method, buffer, nbytes, too_small):
    """The writable byte view of recv_into's (or recvfrom_into's) buffer and the count to receive, checked as CPython does."""
    try:
        view = memoryview(buffer)
    except TypeError:
        view = None
    if view is None or view.readonly:
        raise TypeError('%s() argument 1 must be read-write bytes-like object, not %s' % (method, type(buffer).__name__))
    view = view.cast('B') if view.format != 'B' or view.ndim != 1 else view
    if nbytes < 0:
        raise ValueError('negative buffersize in ' + method)
    size = view.nbytes
    if nbytes == 0:
        nbytes = size
    elif nbytes > size:
        raise ValueError(too_small)
    return view, nbytes


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
        self._timed_out = False
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

    def _check_readable(self, op='read', unsupported='read'):
        # The messages of CPython's _io classes: a binary file names the operation, and says
        # it cannot do it before saying it is closed.
        if not self._binary:
            self._check_open()
            if not self._reading:
                raise _io_unsupported('not readable')
            return
        if not self._reading:
            raise _io_unsupported(unsupported)
        if self._closed:
            raise ValueError(op + ' of closed file')

    def _set_newline(self, newline):
        # TextIOWrapper's rules: None reads any of \n, \r, \r\n as a line end and gives '\n';
        # '' splits the same way but keeps them; '\n', '\r', '\r\n' end lines with that only.
        # On output '\n' becomes newline ('\r', '\r\n'; os.linesep, '\n', for None).
        self._newline = newline
        self._readnl = None if not newline else newline.encode('ascii')
        self._writenl = newline if newline in ('\r', '\r\n') else None

    def _line_end(self, start):
        """Where the first line in the buffer ends (searching from start), or -1 if it is incomplete."""
        buf = self._rbuf
        if self._binary or self._readnl is not None:
            nl = b'\n' if self._binary else self._readnl
            i = buf.find(nl, start)
            return -1 if i < 0 else i + len(nl)
        lf = buf.find(b'\n', start)
        cr = buf.find(b'\r', start)
        if cr < 0 or 0 <= lf < cr:
            return -1 if lf < 0 else lf + 1
        if cr + 1 < len(buf):
            return cr + 2 if buf[cr + 1] == 10 else cr + 1
        # A \r last in the buffer may be half of a \r\n: it ends a line only at end of stream.
        return cr + 1 if self._eof else -1

    def _fill(self):
        """Reads one more chunk into the buffer; False at end of stream."""
        if self._eof:
            return False
        if self._timed_out:
            # As CPython's SocketIO: bytes may have been lost with the timeout.
            raise OSError('cannot read from timed out object')
        try:
            data = self._sock.recv(self._CHUNK)
        except timeout:
            self._timed_out = True
            raise
        if not data:
            self._eof = True
            return False
        self._rbuf += data
        return True

    def _out(self, data):
        if self._binary:
            return data
        text = data.decode(self.encoding, self.errors)
        if self._newline is None and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def readable(self):
        # CPython asks the raw SocketIO, which knows it is closed only when it reads.
        if self._closed and self._reading:
            raise ValueError('I/O operation on closed socket.')
        return self._reading

    def writable(self):
        self._check_open()
        return self._writing

    def fileno(self):
        self._check_open()
        return self._sock.fileno()

    def seekable(self):
        if self._closed:
            raise ValueError('I/O operation on closed socket.')
        return False

    def isatty(self):
        self._check_open()
        return False

    def read1(self, size=-1):
        """What is buffered (at most size bytes), or else one receive's worth."""
        self._check_readable('read', 'read1')
        if not self._rbuf:
            self._fill()
        if size is None or size < 0:
            size = len(self._rbuf)
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def peek(self, size=0):
        """The buffered bytes, without consuming them (receiving once if none are)."""
        self._check_readable('peek')
        if not self._rbuf:
            self._fill()
        return self._rbuf

    def readinto(self, buffer):
        self._check_readable('readinto')
        view = memoryview(buffer)
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

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
        self._check_readable('peek' if self._writing else 'readline')
        if limit is None:
            limit = -1
        start = 0
        while True:
            end = self._line_end(start)
            if end >= 0:
                break
            if 0 <= limit <= len(self._rbuf):
                end = limit
                break
            # Back one byte: a terminator (\r\n) may straddle the next chunk.
            start = max(0, len(self._rbuf) - 1)
            if not self._fill():
                end = self._line_end(start)
                if end < 0:
                    end = len(self._rbuf)
                break
        if 0 <= limit < end:
            end = limit
        line = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return self._out(line)

    def readlines(self, hint=-1):
        self._check_open()
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
        # DIVERGENCE: a generator, not the file itself: a for loop resumes a generator in the
        # eval loop, where a wait for more bytes can suspend (a __next__ method is called from
        # native code, where it cannot); `for line in f` then works as in CPython.
        self._check_readable()
        return self._lines()

    def _lines(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def __next__(self):
        # Note: a for loop calls __next__ from native code, where a socket cannot
        # wait; lines already buffered are fine, waiting raises RuntimeError.
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        """Buffers data (flushed when 8 KiB accumulate, by flush() and by close()); returns its length."""
        if not self._binary:
            self._check_open()
        if not self._writing:
            raise _io_unsupported('write' if self._binary else 'not writable')
        if self._closed:
            raise ValueError('write to closed file')
        if not self._binary:
            if not isinstance(data, str):
                raise TypeError('write() argument must be str, not %s' % type(data).__name__)
            n = len(data)
            if self._writenl is not None:
                data = data.replace('\n', self._writenl)
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
        if self._closed and self._binary and self._writing:
            raise ValueError('flush of closed file')
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


class SocketIO:
    """makefile(mode, buffering=0): unbuffered reads and writes straight on the socket."""

    def __init__(self, sock, mode):
        if mode not in ('r', 'w', 'rw', 'rb', 'wb', 'rwb'):
            raise ValueError('invalid mode: %r' % mode)
        self._sock = sock
        if 'b' not in mode:
            mode += 'b'
        self._mode = mode
        self._reading = 'r' in mode
        self._writing = 'w' in mode
        self._timed_out = False
        self._closed = False

    @property
    def name(self):
        return -1 if self._closed else self._sock.fileno()

    @property
    def mode(self):
        return self._mode

    @property
    def closed(self):
        return self._closed

    def _check(self, ok, what):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if not ok:
            raise _io_unsupported('File or stream is not %s.' % ('readable' if what == 'reading' else 'writable'))

    def readable(self):
        self._check(True, '')
        return self._reading

    def writable(self):
        self._check(True, '')
        return self._writing

    def seekable(self):
        self._check(True, '')
        return False

    def isatty(self):
        self._check(True, '')
        return False

    def fileno(self):
        self._check(True, '')
        return self._sock.fileno()

    def readinto(self, b):
        self._check(self._reading, 'reading')
        if self._timed_out:
            raise OSError('cannot read from timed out object')
        try:
            return self._sock.recv_into(b)
        except timeout:
            self._timed_out = True
            raise

    def read(self, size=-1):
        self._check(self._reading, 'reading')
        if size is None or size < 0:
            return self.readall()
        return self._sock.recv(size)

    def readall(self):
        chunks = []
        while True:
            data = self.read(8192)
            if not data:
                return b''.join(chunks)
            chunks.append(data)

    def write(self, b):
        self._check(self._writing, 'writing')
        return self._sock.send(b)

    def flush(self):
        self._check(True, '')

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return '<socket.SocketIO object at 0x%x>' % id(self)


def _io_unsupported(message):
    from _io import UnsupportedOperation
    return UnsupportedOperation(message)


# What makefile() returns, named as the io classes CPython's makefile() returns for each
# mode (its files are written in tpy, so that a read waiting for the socket can park).
class BufferedReader(SocketFile):
    pass


class BufferedWriter(SocketFile):
    pass


class BufferedRWPair(SocketFile):
    pass


class TextIOWrapper(SocketFile):
    pass


for _cls in (BufferedReader, BufferedWriter, BufferedRWPair, TextIOWrapper):
    _cls.__module__ = '_io'
del _cls


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


_PROTO_OF_TYPE = {SOCK_STREAM: IPPROTO_TCP, SOCK_DGRAM: IPPROTO_UDP, SOCK_RAW: 0}


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """[(family, type, proto, canonname, (address, port)), ...] for an IPv4 endpoint, one per socket type."""
    if family not in (0, AF_INET):
        raise NotImplementedError('tpy sockets support only AF_INET (IPv4)')
    if port is None:
        port = 0
    elif isinstance(port, str):
        if port.isdigit():
            port = int(port)
        else:
            try:
                port = getservbyname(port)
            except OSError:
                raise gaierror(-8, 'Servname not supported for ai_socktype') from None
    elif isinstance(port, bytes):
        return getaddrinfo(host, port.decode('ascii'), family, type, proto, flags)
    elif not isinstance(port, int):
        raise OSError('Int or String expected')
    if host is None:
        address = '0.0.0.0' if flags & AI_PASSIVE else '127.0.0.1'
    else:
        address = gethostbyname(host)
    canon = host if (flags & AI_CANONNAME and host is not None) else ''
    result = []
    for kind, kind_proto in _PROTO_OF_TYPE.items():
        if type and kind != type:
            continue
        if proto and kind_proto != proto:
            continue
        result.append((AF_INET, kind, kind_proto, canon, (address, port)))
    if not result:
        raise gaierror(-7, 'ai_socktype not supported')
    return result


def _int_arg_16(name, x):
    """x as a C unsigned short, with CPython's errors for htons/ntohs."""
    from operator import index
    x = index(x)
    if x < 0:
        raise OverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer" % name)
    if x > 0x7FFFFFFFFFFFFFFF:
        raise OverflowError('Python int too large to convert to C long')
    if x > 0x7FFFFFFF:
        raise OverflowError('signed integer is greater than maximum')
    if x > 0xFFFF:
        raise OverflowError('%s: Python int too large to convert to C 16-bit unsigned integer' % name)
    return x


def _int_arg_32(x):
    """x as a C uint32_t, with CPython's errors for htonl/ntohl."""
    if not isinstance(x, int):
        raise TypeError('expected int, %s found' % type(x).__name__)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xFFFFFFFFFFFFFFFF:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if x > 0xFFFFFFFF:
        raise OverflowError('int larger than 32 bits')
    return x


def _swap16(x):
    return ((x & 0xFF) << 8) | (x >> 8)


def _swap32(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


# The host is little-endian (as every machine tpy runs on): network order swaps.
def htons(x):
    """Converts a 16-bit integer from host to network byte order."""
    return _swap16(_int_arg_16('htons', x))


def ntohs(x):
    """Converts a 16-bit integer from network to host byte order."""
    return _swap16(_int_arg_16('ntohs', x))


def htonl(x):
    """Converts a 32-bit integer from host to network byte order."""
    return _swap32(_int_arg_32(x))


def ntohl(x):
    """Converts a 32-bit integer from network to host byte order."""
    return _swap32(_int_arg_32(x))


def _aton_part(text, i):
    """One number of an inet_aton address at text[i]: (value, next index), or None; 0x.. is hex, 0.. octal."""
    if i >= len(text) or not text[i].isdigit() or not text[i].isascii():
        return None
    base = 10
    if text[i] == '0':
        base = 8
        i += 1
        if i < len(text) and text[i] in 'xX':
            base = 16
            i += 1
    digits = '0123456789abcdefABCDEF'[:22 if base == 16 else base]
    value = 0
    start = i
    while i < len(text) and text[i] in digits:
        value = value * base + int(text[i], 16)
        if value > 0xFFFFFFFF:
            return None
        i += 1
    # Hex needs a digit after 0x (octal's 0 is a digit itself).
    if base != 8 and i == start:
        return None
    return value, i


def inet_aton(ip_string):
    """inet_aton(string) -> bytes: an IPv4 address in the forms C's inet_aton accepts (1.2.3.4, 127.1, 0x7f.1)."""
    if not isinstance(ip_string, str):
        raise TypeError('inet_aton() argument 1 must be str, not %s' % type(ip_string).__name__)
    parts = []
    i = 0
    while True:
        got = _aton_part(ip_string, i)
        if got is None:
            break
        value, i = got
        parts.append(value)
        if i < len(ip_string) and ip_string[i] == '.' and len(parts) < 4:
            i += 1
            continue
        # What follows the address must be its end or white space (the rest is ignored, as C does).
        if i == len(ip_string) or ip_string[i].isspace():
            tail_bits = 8 * (4 - len(parts) + 1)
            if all(p <= 0xFF for p in parts[:-1]) and parts[-1] < (1 << tail_bits):
                n = 0
                for p in parts[:-1]:
                    n = (n << 8) | p
                n = (n << tail_bits) | parts[-1]
                return n.to_bytes(4, 'big')
        break
    raise OSError('illegal IP address string passed to inet_aton')


def inet_ntoa(packed_ip):
    """inet_ntoa(packed) -> str: the dotted-quad form of a 4-byte IPv4 address."""
    if isinstance(packed_ip, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(memoryview(packed_ip))
    if len(data) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '%d.%d.%d.%d' % tuple(data)


def inet_pton(address_family, ip_string):
    """inet_pton(AF_INET, string) -> bytes: a strict dotted-quad IPv4 address."""
    if address_family == AF_INET6:
        raise NotImplementedError('tpy sockets support only AF_INET (IPv4)')
    if address_family != AF_INET:
        raise OSError(97, 'Address family not supported by protocol')
    if not isinstance(ip_string, str):
        raise TypeError('inet_pton() argument 2 must be str, not %s' % type(ip_string).__name__)
    parts = ip_string.split('.')
    if len(parts) == 4 and all(p.isdigit() and p.isascii() and len(p) <= 3 and (p == '0' or p[0] != '0') and int(p) <= 255
                               for p in parts):
        return bytes(int(p) for p in parts)
    raise OSError('illegal IP address string passed to inet_pton')


def inet_ntop(address_family, packed_ip):
    """inet_ntop(AF_INET, packed) -> str."""
    if address_family == AF_INET6:
        raise NotImplementedError('tpy sockets support only AF_INET (IPv4)')
    if address_family != AF_INET:
        raise ValueError('unknown address family %d' % address_family)
    data = bytes(memoryview(packed_ip))
    if len(data) != 4:
        raise ValueError('invalid length of packed IP address string')
    return '%d.%d.%d.%d' % tuple(data)


# Services as /etc/services names them, for systems without the file.
_SERVICES_FALLBACK = [('echo', 7, 'tcp'), ('ftp', 21, 'tcp'), ('ssh', 22, 'tcp'), ('telnet', 23, 'tcp'),
                      ('smtp', 25, 'tcp'), ('domain', 53, 'tcp'), ('domain', 53, 'udp'), ('http', 80, 'tcp'),
                      ('pop3', 110, 'tcp'), ('imap2', 143, 'tcp'), ('https', 443, 'tcp'), ('https', 443, 'udp')]
_services = None


def _service_table():
    """[(name, port, proto, aliases)] from /etc/services, read once."""
    global _services
    if _services is None:
        table = []
        try:
            with open('/etc/services', encoding='latin-1') as f:
                for line in f:
                    fields = line.split('#', 1)[0].split()
                    if len(fields) >= 2 and '/' in fields[1]:
                        port, proto = fields[1].split('/', 1)
                        if port.isdigit():
                            table.append((fields[0], int(port), proto, fields[2:]))
        except OSError:
            table = [(name, port, proto, []) for name, port, proto in _SERVICES_FALLBACK]
        _services = table
    return _services


def getservbyname(servicename, protocolname=None):
    """getservbyname(servicename[, protocolname]) -> port number."""
    for name, port, proto, aliases in _service_table():
        if (servicename == name or servicename in aliases) and protocolname in (None, proto):
            return port
    raise OSError('service/proto not found')


def getservbyport(port, protocolname=None):
    """getservbyport(port[, protocolname]) -> service name."""
    if not 0 <= port <= 0xFFFF:
        raise OverflowError('getservbyport: port must be 0-65535.')
    for name, number, proto, aliases in _service_table():
        if number == port and protocolname in (None, proto):
            return name
    raise OSError('port/proto not found')


def gethostbyname_ex(hostname):
    """gethostbyname_ex(host) -> (name, aliaslist, addresslist), IPv4 only (no aliases)."""
    return (hostname, [], [gethostbyname(hostname)])


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """socketpair() -> (socket, socket): two connected sockets.

    DIVERGENCE: CPython's are AF_UNIX sockets; tpy has TCP only, so these are the two ends
    of a connection over 127.0.0.1 (the listener it goes through is closed at once).
    """
    if family not in (None, AF_UNIX, AF_INET):
        raise NotImplementedError('tpy sockets support only AF_INET (IPv4)')
    if type != SOCK_STREAM:
        raise NotImplementedError('tpy sockets support only SOCK_STREAM (TCP)')
    with socket(AF_INET, SOCK_STREAM) as listener:
        listener.bind(('127.0.0.1', 0))
        listener.listen(1)
        a = socket(AF_INET, SOCK_STREAM)
        try:
            a.connect(listener.getsockname())
            b, _ = listener.accept()
        except BaseException:
            a.close()
            raise
    return a, b


def fromfd(*args):
    raise NotImplementedError('tpy sockets do not support fromfd()')
