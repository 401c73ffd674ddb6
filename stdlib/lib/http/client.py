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
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


# -- headers --

class HTTPMessage(HeaderMessage):
    def getallmatchingheaders(self, name):
        """The raw header lines for name (continuation lines included)."""
        name = name.lower() + ':'
        n = len(name)
        lst = []
        hit = False
        for line in self.keys():
            if line[:n].lower() == name:
                hit = True
            elif not line[:1].isspace():
                hit = False
            if hit:
                lst.append(line)
        return lst


def _read_header_lines(fp):
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            return lines


def parse_headers(fp, _class=HTTPMessage):
    """Reads header lines from fp up to the blank line and returns them as a _class."""
    text = b''.join(_read_header_lines(fp)).decode('iso-8859-1')
    return parse_header_lines(text, _class())


# -- the response --

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
        line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if not line:
            # the server closed the connection before sending a status line
            raise RemoteDisconnected("Remote end closed connection without response")
        parts = line.split(None, 2)
        if len(parts) == 3:
            version, status, reason = parts
        elif len(parts) == 2:
            version, status = parts
            reason = ""
        else:
            version = status = reason = ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            code = int(status)
        except ValueError:
            raise BadStatusLine(line) from None
        if code < 100 or code > 999:
            raise BadStatusLine(line)
        return version, code, reason

    def begin(self):
        """Reads the status line and the headers, and works out how the body ends."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != http.HTTPStatus.CONTINUE:
                break
            _read_header_lines(self.fp)   # a 100 Continue's headers are dropped
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print("header:", name + ":", value)
        coding = self.headers.get("transfer-encoding")
        self.chunked = bool(coding) and coding.lower() == "chunked"
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status == http.HTTPStatus.NO_CONTENT or status == http.HTTPStatus.NOT_MODIFIED
                or 100 <= status < 200 or self._method == "HEAD"):
            self.length = 0
        # a body with no length and no chunks ends when the server closes
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get("connection")
        if self.version == 11:
            return bool(conn) and "close" in conn.lower()
        # HTTP/1.0 closes unless the server says it keeps the connection
        if self.headers.get("keep-alive"):
            return False
        if conn and "keep-alive" in conn.lower():
            return False
        pconn = self.headers.get("proxy-connection")
        if pconn and "keep-alive" in pconn.lower():
            return False
        return True

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
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        size = line.split(b";", 1)[0]   # chunk extensions are ignored
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_and_discard_trailer(self):
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("trailer line")
            if line in (b'\r\n', b'\n', b''):
                return

    def _get_chunk_left(self):
        """Bytes left in the current chunk, reading the next chunk's size when it is used
        up; None after the last chunk."""
        left = self.chunk_left
        if not left:
            if left is not None:
                self._safe_read(2)   # the CRLF that ends a chunk
            try:
                left = self._read_next_chunk_size()
            except ValueError:
                raise IncompleteRead(b'') from None
            if left == 0:
                self._read_and_discard_trailer()
                self._close_conn()
                left = None
            self.chunk_left = left
        return left

    def _read_chunked(self, amt=None):
        parts = []
        try:
            while True:
                left = self._get_chunk_left()
                if left is None:
                    break
                if amt is not None and amt <= left:
                    parts.append(self._safe_read(amt))
                    self.chunk_left = left - amt
                    break
                parts.append(self._safe_read(left))
                if amt is not None:
                    amt -= left
                self.chunk_left = 0
            return b''.join(parts)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(parts)) from exc

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if limit is None:
            limit = -1
        if self.chunked:
            return self._readline_chunked(limit)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
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
    try:
        return data.encode("latin-1")
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(
            err.encoding, err.object, err.start, err.end,
            "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') "
            "if you want to send it encoded in UTF-8." %
            (name.title(), data[err.start:err.end], name)) from None


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
        self._buffer.extend((b"", b""))
        msg = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is None:
            return
        chunked = encode_chunked and self._http_vsn == 11
        for chunk in self._body_chunks(message_body):
            if not chunk:
                continue   # an empty chunk would end a chunked body
            if chunked:
                chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
            self.send(chunk)
        if chunked:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Starts a request: the request line, then Host and Accept-Encoding unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self.__state)
        self._validate_method(method)
        self._method = method
        url = url or '/'
        self._validate_path(url)
        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(self._encode_request(request))
        if self._http_vsn != 11:
            return
        if not skip_host:
            netloc = ''
            if url.startswith('http'):
                netloc = urlsplit(url)[1]
            if netloc:
                try:
                    self.putheader('Host', netloc.encode("ascii"))
                except UnicodeEncodeError:
                    self.putheader('Host', netloc.encode("idna"))
            else:
                try:
                    host = self.host.encode("ascii")
                except UnicodeEncodeError:
                    host = self.host.encode("idna")
                if b':' in host:
                    host = b'[' + host + b']'
                if self.port == self.default_port:
                    self.putheader('Host', host)
                else:
                    self.putheader('Host', "%s:%s" % (host.decode("ascii"), self.port))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _encode_request(self, request):
        return request.encode('ascii')

    def _validate_method(self, method):
        for c in method:
            if ord(c) < 32:
                raise ValueError(f"method can't contain control characters. {method!r} "
                                 f"(found at least {c!r})")

    def _validate_path(self, url):
        for c in url:
            if ord(c) <= 32 or ord(c) == 127:
                raise InvalidURL(f"URL can't contain control characters. {url!r} "
                                 f"(found at least {c!r})")

    def _validate_host(self, host):
        for c in host:
            if ord(c) <= 32 or ord(c) == 127:
                raise InvalidURL(f"URL can't contain control characters. {host!r} "
                                 f"(found at least {c!r})")

    def putheader(self, header, *values):
        """Adds a header line to the request (several values become continuation lines)."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _is_legal_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))
        values = list(values)
        for i, value in enumerate(values):
            if hasattr(value, 'encode'):
                values[i] = value.encode('latin-1')
            elif isinstance(value, int):
                values[i] = str(value).encode('ascii')
            if _is_illegal_header_value(values[i]):
                raise ValueError('Invalid header value %r' % (values[i],))
        self._output(header + b': ' + b'\r\n\t'.join(values))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Ends the headers and sends the request (with message_body, if given)."""
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Sends a complete request: method, url, headers and body."""
        names = frozenset(k.lower() for k in headers)
        skips = {}
        if 'host' in names:
            skips['skip_host'] = 1
        if 'accept-encoding' in names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if 'content-length' not in names:
            if 'transfer-encoding' not in names:
                encode_chunked = False
                length = self._get_content_length(body, method)
                if length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    self.putheader('Content-Length', str(length))
        else:
            encode_chunked = False
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """Reads the response to the request sent; returns an HTTPResponse."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        if self.debuglevel > 0:
            response = self.response_class(self.sock, self.debuglevel, method=self._method)
        else:
            response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                # the response keeps its own reference to the socket
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise


class HTTPSConnection(HTTPConnection):
    """Not available: tpy has no SSL."""

    default_port = HTTPS_PORT

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("tpy has no SSL: http.client.HTTPSConnection is not available")
