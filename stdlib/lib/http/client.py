"""http.client: HTTP/1.1 requests over a socket (HTTPConnection) and their replies (HTTPResponse).

A connection moves through three states: idle, request started (putrequest done, headers
may follow), request sent (endheaders done, a response may be read). A response that
leaves the connection open (HTTP/1.1 keep-alive with a known length) must be read to the
end before the next request; one that ends with the connection closes it.
"""

import io
import socket
import http
from collections.abc import Iterable
from urllib.parse import urlsplit
from http._message import HeaderMessage, parse_header_lines

__all__ = ["HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses", "HTTPSConnection"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

# connection states (the texts CannotSendRequest and ResponseNotReady carry)
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

# http.client.OK, http.client.NOT_FOUND, ... as in CPython
globals().update(http.HTTPStatus.__members__)

responses = {status: status.phrase for status in http.HTTPStatus.__members__.values()}

_MAXLINE = 65536
_MAXHEADERS = 100

# a line that ends the header block (b'' when the peer closed early)
_HEADER_BLOCK_END = frozenset((b'\r\n', b'\n', b''))

_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}


# -- exceptions --

class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = '' if self.expected is None else ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        super().__init__(f'got more than {_MAXLINE} bytes when reading {line_type}')


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    # both a BadStatusLine (line '') and a ConnectionResetError whose args are the given ones
    def __init__(self, *args, **kwargs):
        BadStatusLine.__init__(self, '')
        ConnectionResetError.__init__(self, *args, **kwargs)


error = HTTPException


# -- headers --

class HTTPMessage(HeaderMessage):
    def getallmatchingheaders(self, name):
        """The raw header lines for name (continuation lines included)."""
        prefix = name.lower() + ':'
        matching = []
        inside = False   # whether the lines seen belong to a matching header
        for line in self.keys():
            if line.lower().startswith(prefix):
                inside = True
            elif line[:1].isspace():
                pass     # a continuation line stays with its header
            else:
                inside = False
            if inside:
                matching.append(line)
        return matching


def _readline_capped(fp, what):
    """One line of at most _MAXLINE bytes; a longer one is a LineTooLong naming what was read."""
    line = fp.readline(_MAXLINE + 1)
    if len(line) > _MAXLINE:
        raise LineTooLong(what)
    return line


def _read_header_lines(fp):
    lines = []
    while True:
        line = _readline_capped(fp, 'header line')
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException(f'got more than {_MAXHEADERS} headers')
        if line in _HEADER_BLOCK_END:
            return lines


def parse_headers(fp, _class=HTTPMessage):
    """Reads header lines from fp up to the blank line and returns them as a _class."""
    text = b''.join(_read_header_lines(fp)).decode('iso-8859-1')
    return parse_header_lines(text, _class())


# -- the response --

def _protocol_number(version):
    """HTTPResponse.version for a status line's protocol: 10 for HTTP/1.0 and 0.9, 11 for any other 1.x."""
    if version in ('HTTP/1.0', 'HTTP/0.9'):
        return 10
    if version.startswith('HTTP/1.'):
        return 11
    raise UnknownProtocol(version)


class HTTPResponse(io.BufferedIOBase):
    """The reply to one request: status line and headers (read by begin()), then the body."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN

    def _read_status(self):
        raw = _readline_capped(self.fp, 'status line')
        line = raw.decode('iso-8859-1')
        if self.debuglevel > 0:
            print('reply:', repr(line))
        if not line:
            # the server closed the connection before sending a status line
            raise RemoteDisconnected('Remote end closed connection without response')
        fields = line.split(None, 2)
        # a missing reason is allowed; fewer than two fields is no status line at all
        version, code_text, reason = (fields + [''] * 3)[:3] if len(fields) >= 2 else ('', '', '')
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            code = int(code_text)
        except ValueError:
            raise BadStatusLine(line) from None
        if not 100 <= code <= 999:
            raise BadStatusLine(line)
        return version, code, reason

    def begin(self):
        """Reads the status line and the headers, and works out how the body ends."""
        if self.headers is not None:
            return   # already begun
        version, code, reason = self._read_status()
        # interim 100 Continue replies (and their headers) come before the real one
        while code == http.HTTPStatus.CONTINUE:
            _read_header_lines(self.fp)
            version, code, reason = self._read_status()
        self.code = self.status = code
        self.reason = reason.strip()
        self.version = _protocol_number(version)
        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for field, value in self.headers.items():
                print('header:', field + ':', value)
        encoding = self.headers.get('transfer-encoding') or ''
        self.chunked = encoding.lower() == 'chunked'
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = self._announced_length()
        # a body with neither a length nor chunks runs until the server closes
        if self.length is None and not self.chunked:
            self.will_close = True

    def _announced_length(self):
        """The body's length: 0 when the status or method allows none, else Content-Length
        if it is usable (not chunked, a non-negative integer), else None."""
        status = self.status
        if (self._method == 'HEAD' or 100 <= status < 200
                or status in (http.HTTPStatus.NO_CONTENT, http.HTTPStatus.NOT_MODIFIED)):
            return 0
        declared = self.headers.get('content-length')
        if self.chunked or not declared:
            return None
        try:
            length = int(declared)
        except ValueError:
            return None
        return length if length >= 0 else None

    def _check_close(self):
        headers = self.headers
        connection = (headers.get('connection') or '').lower()
        if self.version == 11:
            return 'close' in connection
        # HTTP/1.0 closes unless the server said it keeps the connection, in any of three ways
        if headers.get('keep-alive') or 'keep-alive' in connection:
            return False
        return 'keep-alive' not in (headers.get('proxy-connection') or '').lower()

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        return self.fp is None

    def read(self, amt=None):
        """The body (up to amt bytes of it); b'' once it has all been read."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            try:
                data = self._safe_read(self.length)
            except IncompleteRead:
                self._close_conn()
                raise
            self.length = 0
        self._close_conn()
        return data

    def read1(self, n=-1):
        return self.read(None if n is None or n < 0 else n)

    def readinto(self, b):
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def _safe_read(self, amt):
        data = self.fp.read(amt)
        missing = amt - len(data)
        if missing > 0:
            raise IncompleteRead(data, missing)
        return data

    def _get_chunk_left(self):
        """Bytes left in the current chunk, reading the next chunk's size when it is used
        up; None after the last chunk."""
        if self.chunk_left:
            return self.chunk_left
        if self.chunk_left is not None:
            self._safe_read(2)   # the CRLF after the chunk just finished
        size_line = _readline_capped(self.fp, 'chunk size')
        # chunk extensions (after ';') carry nothing we use
        try:
            size = int(size_line.split(b';', 1)[0], 16)
        except ValueError:
            self._close_conn()
            raise IncompleteRead(b'') from None
        if size == 0:
            # the last chunk: skip the trailer section up to its blank line
            while _readline_capped(self.fp, 'trailer line') not in _HEADER_BLOCK_END:
                pass
            self._close_conn()
            size = None
        self.chunk_left = size
        return size

    def _read_chunked(self, amt=None):
        collected = []
        try:
            while amt is None or amt > 0:
                left = self._get_chunk_left()
                if left is None:
                    break
                take = left if amt is None else min(left, amt)
                collected.append(self._safe_read(take))
                self.chunk_left = left - take
                if amt is not None:
                    amt -= take
            return b''.join(collected)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(collected)) from exc

    def readline(self, limit=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        limit = -1 if limit is None else limit
        if self.chunked:
            return self._readline_chunked(limit)
        remaining = self.length
        if remaining is not None and not 0 <= limit <= remaining:
            limit = remaining
        line = self.fp.readline(limit)
        if limit and not line:
            self._close_conn()   # the server closed early
        elif remaining is not None:
            # unlike read(), using up the length does not close the connection (as in CPython)
            self.length = remaining - len(line)
        return line

    def _readline_chunked(self, limit):
        parts = []
        total = 0
        while limit < 0 or total < limit:
            left = self._get_chunk_left()
            if left is None:
                break
            want = left if limit < 0 else min(left, limit - total)
            line = self.fp.readline(want)
            if not line:
                raise IncompleteRead(b''.join(parts))
            self.chunk_left = left - len(line)
            parts.append(line)
            total += len(line)
            if line.endswith(b'\n'):
                break
        return b''.join(parts)

    def __iter__(self):
        # a generator, so that a for loop over the response can wait for the socket
        # (see socket.SocketFile.__iter__)
        return self._lines()

    def _lines(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        """The value of header name (several values joined with ', '), or default."""
        if self.headers is None:
            raise ResponseNotReady()
        found = self.headers.get_all(name) or default
        if isinstance(found, str) or not hasattr(found, '__iter__'):
            return found
        return ', '.join(found)

    def getheaders(self):
        """A list of (header, value) pairs."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


# -- the connection --

def _encode(data, name='data'):
    """A str body or header as Latin-1 bytes, failing with a hint to encode it as UTF-8."""
    try:
        return data.encode('latin-1')
    except UnicodeEncodeError as err:
        culprit = data[err.start:err.end]
        hint = (f"{name.title()} ({culprit!r:.20}) is not valid Latin-1. "
                f"Use {name}.encode('utf-8') if you want to send it encoded in UTF-8.")
        raise UnicodeEncodeError(err.encoding, err.object, err.start, err.end, hint) from None


def _first_control_char(text, space_too):
    """The first character below ' ' (or up to ' ' with space_too) or DEL in text, else None."""
    limit = 32 if space_too else 31
    for ch in text:
        code = ord(ch)
        if code <= limit or (space_too and code == 127):
            return ch
    return None


def _is_legal_header_name(name):
    # no colon, CR or LF anywhere, and no whitespace first
    return (bool(name) and name[:1] not in b' \t\n\r\x0b\x0c'
            and b':' not in name and b'\r' not in name and b'\n' not in name)


def _is_illegal_header_value(value):
    # a CR or LF is allowed only as the start of a continuation line
    n = len(value)
    for i, c in enumerate(value):
        after = value[i + 1] if i + 1 < n else -1
        if c == 10 and after not in (32, 9):
            return True
        if c == 13 and after not in (32, 9, 10):
            return True
    return False


class HTTPConnection:
    """One connection to an HTTP server, opened by the first request."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'

    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    @staticmethod
    def _is_textIO(stream):
        return isinstance(stream, io.TextIOBase)

    @staticmethod
    def _get_content_length(body, method):
        """The Content-Length for body, or None when it must be sent chunked."""
        if body is None:
            return 0 if method.upper() in _METHODS_EXPECTING_BODY else None
        if hasattr(body, 'read'):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        if isinstance(body, str):
            return len(body)
        return None

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = self._get_hostport(host, port)
        self._validate_host(self.host)
        self._create_connection = socket.create_connection

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            bracket = host.rfind(']')   # an IPv6 literal's colons are not the port's
            if colon > bracket:
                digits = host[colon + 1:]
                try:
                    port = int(digits)
                except ValueError:
                    if digits == '':
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % digits) from None
                host = host[:colon]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        raise NotImplementedError("tpy's http.client has no proxy tunnels (CONNECT)")

    def connect(self):
        """Connects to the host and port given to the constructor."""
        self.sock = self._create_connection((self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        """Closes the connection (and a response still open on it)."""
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Sends data (bytes, a file-like object or an iterable of bytes) to the server."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            encode = self._is_textIO(data)
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if encode:
                    block = block.encode("iso-8859-1")
                self.sock.sendall(block)
            return
        try:
            memoryview(data)
        except TypeError:
            if isinstance(data, Iterable):
                for part in data:
                    self.sock.sendall(part)
                return
            raise TypeError("data should be a bytes-like object or an iterable, got %r" % type(data)) from None
        self.sock.sendall(data)

    def _output(self, line):
        self._buffer.append(line)

    def _body_chunks(self, body):
        if hasattr(body, 'read'):
            encode = self._is_textIO(body)
            while True:
                block = body.read(self.blocksize)
                if not block:
                    return
                yield block.encode("iso-8859-1") if encode else block
            return
        try:
            memoryview(body)
        except TypeError:
            try:
                parts = iter(body)
            except TypeError:
                raise TypeError("message_body should be a bytes-like object or an iterable, got %r"
                                % type(body)) from None
            for part in parts:
                yield part
            return
        yield body

    def _send_output(self, message_body=None, encode_chunked=False):
        """Sends the buffered request line and headers, then the body."""
        head = b''.join(line + b'\r\n' for line in self._buffer) + b'\r\n'
        self._buffer.clear()
        self.send(head)
        if message_body is None:
            return
        # chunked framing exists only in HTTP/1.1
        framed = encode_chunked and self._http_vsn == 11
        for block in self._body_chunks(message_body):
            if not block:
                continue   # an empty chunk would mean the end of a chunked body
            self.send(b'%X\r\n' % len(block) + block + b'\r\n' if framed else block)
        if framed:
            self.send(b'0\r\n\r\n')

    def _forget_finished_response(self):
        # a response read to its end no longer holds the connection
        if self.__response and self.__response.isclosed():
            self.__response = None

    def _host_header(self, url):
        """The Host value: the authority of an absolute URL, else our host (bracketed when IPv6)
        with the port unless it is the default one."""
        authority = urlsplit(url).netloc if url.startswith('http') else ''
        if authority:
            return _ascii_or_idna(authority)
        host = _ascii_or_idna(self.host)
        if b':' in host:
            host = b'[%s]' % host
        if self.port == self.default_port:
            return host
        return f"{host.decode('ascii')}:{self.port}"

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Starts a request: the request line, then Host and Accept-Encoding unless skipped."""
        self._forget_finished_response()
        if self.__state != _CS_IDLE:
            raise CannotSendRequest(self.__state)
        self.__state = _CS_REQ_STARTED
        self._validate_method(method)
        self._method = method
        url = url or '/'
        self._validate_path(url)
        self._output(self._encode_request(f'{method} {url} {self._http_vsn_str}'))
        # HTTP/1.0 requests carry neither header automatically
        if self._http_vsn == 11:
            if not skip_host:
                self.putheader('Host', self._host_header(url))
            if not skip_accept_encoding:
                self.putheader('Accept-Encoding', 'identity')

    def _encode_request(self, request):
        return request.encode('ascii')

    def _validate_method(self, method):
        bad = _first_control_char(method, False)
        if bad is not None:
            raise ValueError(f"method can't contain control characters. {method!r} (found at least {bad!r})")

    def _validate_path(self, url):
        bad = _first_control_char(url, True)
        if bad is not None:
            raise InvalidURL(f"URL can't contain control characters. {url!r} (found at least {bad!r})")

    def _validate_host(self, host):
        bad = _first_control_char(host, True)
        if bad is not None:
            raise InvalidURL(f"URL can't contain control characters. {host!r} (found at least {bad!r})")

    def putheader(self, header, *values):
        """Adds a header line to the request (several values become continuation lines)."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        name = header.encode('ascii') if hasattr(header, 'encode') else header
        if not _is_legal_header_name(name):
            raise ValueError(f'Invalid header name {name!r}')
        encoded = [_header_value_bytes(value) for value in values]
        self._output(name + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Ends the headers and sends the request (with message_body, if given)."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        self.__state = _CS_REQ_SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Sends a complete request: method, url, headers and body."""
        given = {name.lower() for name in headers}
        self.putrequest(method, url, skip_host='host' in given,
                        skip_accept_encoding='accept-encoding' in given)
        if 'content-length' in given:
            encode_chunked = False
        elif 'transfer-encoding' not in given:
            # the caller left the framing to us: a length when it is known, else chunks
            length = self._get_content_length(body, method)
            encode_chunked = length is None and body is not None
            if encode_chunked:
                self.putheader('Transfer-Encoding', 'chunked')
            elif length is not None:
                self.putheader('Content-Length', str(length))
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """Reads the response to the request sent; returns an HTTPResponse."""
        self._forget_finished_response()
        if self.__response or self.__state != _CS_REQ_SENT:
            raise ResponseNotReady(self.__state)
        extra = (self.debuglevel,) if self.debuglevel > 0 else ()
        response = self.response_class(self.sock, *extra, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
        except BaseException:
            response.close()
            raise
        self.__state = _CS_IDLE
        if response.will_close:
            # the response holds its own reference to the socket and closes it when read
            self.close()
        else:
            self.__response = response
        return response


def _ascii_or_idna(host):
    try:
        return host.encode('ascii')
    except UnicodeEncodeError:
        return host.encode('idna')


def _header_value_bytes(value):
    if hasattr(value, 'encode'):
        value = value.encode('latin-1')
    elif isinstance(value, int):
        value = str(value).encode('ascii')
    if _is_illegal_header_value(value):
        raise ValueError(f'Invalid header value {value!r}')
    return value


class HTTPSConnection(HTTPConnection):
    """Not available: tpy has no SSL."""

    default_port = HTTPS_PORT

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("tpy has no SSL: http.client.HTTPSConnection is not available")
