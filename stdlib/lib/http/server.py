"""http.server: HTTP servers on socketserver, and request handlers that parse requests and write replies.

BaseHTTPRequestHandler reads a request line and headers, calls do_<COMMAND>(), and
gives it helpers to write the status line, headers and error pages. With
protocol_version 'HTTP/1.1' it keeps the connection for further requests unless the
client (or the handler, with a 'Connection: close' header) ends it.
SimpleHTTPRequestHandler serves files and directory listings from a directory.
"""

import html
import io
import mimetypes
import os
import posixpath
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus
import http.client

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
           "SimpleHTTPRequestHandler", "CGIHTTPRequestHandler"]

DEFAULT_ERROR_MESSAGE = """\
<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _http_date(timestamp):
    """'Sun, 06 Nov 1994 08:49:37 GMT': the date format of HTTP headers."""
    t = time.gmtime(timestamp)
    return '%s, %02d %s %04d %02d:%02d:%02d GMT' % (
        _WEEKDAYS[t.tm_wday], t.tm_mday, _MONTHS[t.tm_mon], t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)


def _parse_http_date(text):
    """The timestamp of an HTTP date ('Sun, 06 Nov 1994 08:49:37 GMT'), or None."""
    words = text.replace(',', ' ').split()
    if len(words) == 6 and words[0][:3] in _WEEKDAYS:
        words = words[1:]
    if len(words) != 5 or words[4].upper() not in ('GMT', 'UTC', '+0000', '-0000'):
        return None
    day, month, year, clock = words[:4]
    try:
        month = _MONTHS.index(month[:3].title())
        hh, mm, ss = (int(x) for x in clock.split(':'))
        import calendar
        return calendar.timegm((int(year), month, int(day), hh, mm, ss, 0, 0, 0))
    except (ValueError, TypeError):
        return None


class HTTPServer(socketserver.TCPServer):

    allow_reuse_address = 1

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = _host_name(host)
        self.server_port = port


def _host_name(host):
    # DIVERGENCE: no reverse DNS (CPython's socket.getfqdn): the loopback and
    # wildcard addresses are named as the resolver here names them.
    if host in ('127.0.0.1', '', '0.0.0.0', 'localhost'):
        return 'localhost' if host != '' and host != '0.0.0.0' else socket.gethostname()
    return host


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


# the longest request line accepted; a longer one is answered with 414
_MAX_REQUEST_LINE = 65536

# statuses whose replies carry no body, so send_error sends no page with them
_BODYLESS_ERRORS = frozenset((HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT, HTTPStatus.NOT_MODIFIED))


def _version_number(version):
    """(major, minor) of 'HTTP/x.y'; ValueError when it is not that."""
    scheme, slash, numbers = version.partition('/')
    if scheme != 'HTTP' or not slash:
        raise ValueError
    pieces = numbers.split('.')
    if len(pieces) != 2:
        raise ValueError
    for piece in pieces:
        if not piece.isdigit():
            raise ValueError('non digit in http version')
        if len(piece) > 10:
            raise ValueError('unreasonable length http version')
    return int(pieces[0]), int(pieces[1])


def _log_escapes():
    # log lines show control characters (and backslashes) escaped, so that a request
    # cannot write terminal escapes into the log
    codes = [*range(0x20), *range(0x7f, 0xa0)]
    table = {code: f'\\x{code:02x}' for code in codes}
    table[ord('\\')] = '\\\\'
    return table


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Parses HTTP requests and dispatches each to the method do_<COMMAND>."""

    sys_version = f'Python/{sys.version.split()[0]}'
    server_version = f'BaseHTTP/{__version__}'
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = 'HTTP/0.9'
    protocol_version = 'HTTP/1.0'
    MessageClass = http.client.HTTPMessage
    responses = {member: (member.phrase, member.description) for member in HTTPStatus}
    weekdayname = _WEEKDAYS
    monthname = _MONTHS

    _control_char_table = _log_escapes()

    def _speaks_1_1(self):
        return self.protocol_version >= 'HTTP/1.1'

    def _refuse(self, code, message):
        self.send_error(code, message)
        return False

    def parse_request(self):
        """Parses self.raw_requestline and the headers; on an error sends the error
        reply and returns False."""
        self.command = None
        self.request_version = self.default_request_version
        self.close_connection = True
        self.requestline = self.raw_requestline.decode('iso-8859-1').rstrip('\r\n')
        words = self.requestline.split()
        if not words:
            return False
        if len(words) >= 3:
            # the version is checked first, so that errors about the rest use the client's version
            claimed = words[-1]
            try:
                number = _version_number(claimed)
            except (ValueError, IndexError):
                return self._refuse(HTTPStatus.BAD_REQUEST, f'Bad request version ({claimed!r})')
            if number >= (1, 1) and self._speaks_1_1():
                self.close_connection = False
            if number >= (2, 0):
                return self._refuse(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                    f"Invalid HTTP version ({claimed.partition('/')[2]})")
            self.request_version = claimed
        if len(words) not in (2, 3):
            return self._refuse(HTTPStatus.BAD_REQUEST, f'Bad request syntax ({self.requestline!r})')
        command, path = words[0], words[1]
        if len(words) == 2:
            # HTTP/0.9: GET only, and never a kept connection
            self.close_connection = True
            if command != 'GET':
                return self._refuse(HTTPStatus.BAD_REQUEST, f'Bad HTTP/0.9 request type ({command!r})')
        self.command = command
        # '//host/x' would read as a network path to some clients and to urlsplit
        self.path = '/' + path.lstrip('/') if path.startswith('//') else path
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, 'Line too long', str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, 'Too many headers', str(err))
            return False
        connection = self.headers.get('Connection', '').lower()
        if connection == 'close':
            self.close_connection = True
        elif connection == 'keep-alive' and self._speaks_1_1():
            self.close_connection = False
        wants_continue = (self.headers.get('Expect', '').lower() == '100-continue'
                          and self._speaks_1_1() and self.request_version >= 'HTTP/1.1')
        return self.handle_expect_100() if wants_continue else True

    def handle_expect_100(self):
        """Answers 'Expect: 100-continue' with 100 Continue; return False to refuse the body."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Reads and answers one request."""
        try:
            line = self.raw_requestline = self.rfile.readline(_MAX_REQUEST_LINE + 1)
            if len(line) > _MAX_REQUEST_LINE:
                # nothing of the request is known: the error must not echo any of it
                self.requestline = self.request_version = self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not line:
                self.close_connection = True   # the client is done
                return
            if not self.parse_request():
                return
            action = getattr(self, 'do_' + self.command, None)
            if action is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED, f'Unsupported method ({self.command!r})')
                return
            action()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error('Request timed out: %r', e)
            self.close_connection = True

    def handle(self):
        """Answers requests until the connection is to be closed."""
        self.close_connection = True
        while True:
            self.handle_one_request()
            if self.close_connection:
                break

    def send_error(self, code, message=None, explain=None):
        """Sends an error reply: status line, headers and an HTML page saying what went wrong."""
        short, long = self.responses.get(code, ('???', '???'))
        message = short if message is None else message
        explain = long if explain is None else explain
        self.log_error('code %d, message %s', code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        page = b''
        if code >= 200 and code not in _BODYLESS_ERRORS:
            fields = {'code': code, 'message': html.escape(message, quote=False),
                      'explain': html.escape(explain, quote=False)}
            page = (self.error_message_format % fields).encode('UTF-8', 'replace')
            self.send_header('Content-Type', self.error_content_type)
            self.send_header('Content-Length', str(len(page)))
        self.end_headers()
        if page and self.command != 'HEAD':
            self.wfile.write(page)

    def send_response(self, code, message=None):
        """Logs the request and buffers the status line, Server and Date."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def _buffer_line(self, text):
        # an HTTP/0.9 client gets no status line and no headers
        if self.request_version == 'HTTP/0.9':
            return
        pending = self.__dict__.setdefault('_headers_buffer', [])
        pending.append(f'{text}\r\n'.encode('latin-1', 'strict'))

    def send_response_only(self, code, message=None):
        """Buffers the status line alone."""
        if message is None and self.request_version != 'HTTP/0.9':
            message = self.responses[code][0] if code in self.responses else ''
        self._buffer_line(f'{self.protocol_version} {code:d} {message}')

    def send_header(self, keyword, value):
        """Buffers one header line; a Connection header decides whether the connection stays."""
        self._buffer_line(f'{keyword}: {value}')
        if keyword.lower() == 'connection':
            wish = value.lower()
            if wish == 'close':
                self.close_connection = True
            elif wish == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        """Ends the headers with a blank line and sends everything buffered."""
        if self.request_version != 'HTTP/0.9':
            self._buffer_line('')
            self.flush_headers()

    def flush_headers(self):
        pending = getattr(self, '_headers_buffer', None)
        if pending is not None:
            self.wfile.write(b''.join(pending))
            self._headers_buffer = []

    def log_request(self, code='-', size='-'):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Writes 'host - - [date] message' to stderr."""
        text = (format % args).translate(self._control_char_table)
        sys.stderr.write(f'{self.address_string()} - - [{self.log_date_time_string()}] {text}\n')

    def version_string(self):
        return f'{self.server_version} {self.sys_version}'

    def date_time_string(self, timestamp=None):
        """Now (or timestamp) as an HTTP date."""
        return _http_date(time.time() if timestamp is None else timestamp)

    def log_date_time_string(self):
        """Now, in local time, as the log writes it: '30/Nov/2026 02:41:36'."""
        t = time.localtime(time.time())
        return (f'{t.tm_mday:02d}/{self.monthname[t.tm_mon]:>3}/{t.tm_year:04d} '
                f'{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d}')

    def address_string(self):
        return self.client_address[0]


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD from a directory (the current one unless directory= is given)."""

    server_version = f'SimpleHTTP/{__version__}'
    # compressed files are served as themselves, not as what they contain
    extensions_map = _encodings_map_default = {
        '.gz': 'application/gzip',
        '.Z': 'application/octet-stream',
        '.bz2': 'application/x-bzip2',
        '.xz': 'application/x-xz',
    }

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        # the base class handles the request from inside __init__, so the directory comes first
        super().__init__(*args, **kwargs)

    def do_GET(self):
        body = self.send_head()
        if body is None:
            return
        try:
            self.copyfile(body, self.wfile)
        finally:
            body.close()

    def do_HEAD(self):
        body = self.send_head()
        if body is not None:
            body.close()

    def _redirect_with_slash(self):
        # a directory named without its trailing '/' would break the listing's relative links
        pieces = list(urllib.parse.urlsplit(self.path))
        pieces[2] += '/'
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header('Location', urllib.parse.urlunsplit(pieces))
        self.send_header('Content-Length', '0')
        self.end_headers()

    def _not_modified_since(self, mtime):
        # If-None-Match, when present, takes precedence; we keep no ETags, so it disables the check
        headers = self.headers
        if 'If-Modified-Since' not in headers or 'If-None-Match' in headers:
            return False
        since = _parse_http_date(headers['If-Modified-Since'])
        return since is not None and int(mtime) <= since

    def send_head(self):
        """Sends the status line and headers for the path; returns the open file to send
        (a file or a directory listing) or None."""
        target = self.translate_path(self.path)
        if os.path.isdir(target):
            if not urllib.parse.urlsplit(self.path).path.endswith('/'):
                self._redirect_with_slash()
                return None
            index = next((candidate for candidate in (os.path.join(target, 'index.html'),
                                                      os.path.join(target, 'index.htm'))
                          if os.path.isfile(candidate)), None)
            if index is None:
                return self.list_directory(target)
            target = index
        content_type = self.guess_type(target)
        if target.endswith('/'):
            self.send_error(HTTPStatus.NOT_FOUND, 'File not found')
            return None
        try:
            body = open(target, 'rb')
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, 'File not found')
            return None
        try:
            info = os.fstat(body.fileno())
            if self._not_modified_since(info.st_mtime):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.end_headers()
                body.close()
                return None
            self.send_response(HTTPStatus.OK)
            self.send_header('Content-type', content_type)
            self.send_header('Content-Length', str(info.st_size))
            self.send_header('Last-Modified', self.date_time_string(info.st_mtime))
            self.end_headers()
        except BaseException:
            body.close()
            raise
        return body

    def list_directory(self, path):
        """Sends an HTML page listing the directory; returns it as a BytesIO."""
        try:
            entries = sorted(os.listdir(path), key=str.lower)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, 'No permission to list directory')
            return None
        heading = 'Directory listing for ' + html.escape(_unquote_path(self.path), quote=False)
        encoding = sys.getfilesystemencoding()
        page = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>',
                f'<meta charset="{encoding}">', f'<title>{heading}</title>\n</head>',
                f'<body>\n<h1>{heading}</h1>', '<hr>\n<ul>']
        for entry in entries:
            full = os.path.join(path, entry)
            href = label = entry
            if os.path.isdir(full):
                href = label = entry + '/'
            if os.path.islink(full):
                label = entry + '@'   # a link to a directory is shown with @, linked with /
            quoted = urllib.parse.quote(href, errors='surrogatepass')
            page.append(f'<li><a href="{quoted}">{html.escape(label, quote=False)}</a></li>')
        page.append('</ul>\n<hr>\n</body>\n</html>\n')
        data = '\n'.join(page).encode(encoding, 'surrogateescape')
        self.send_response(HTTPStatus.OK)
        self.send_header('Content-type', f'text/html; charset={encoding}')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        return io.BytesIO(data)

    def translate_path(self, path):
        """The file system path under self.directory for a URL path ('..' and the like dropped)."""
        for mark in '?#':
            path = path.partition(mark)[0]
        wants_dir = path.rstrip().endswith('/')
        # only plain names survive: '', '.', '..' and anything with a separator are dropped
        kept = [word for word in posixpath.normpath(_unquote_path(path)).split('/')
                if word and word not in (os.curdir, os.pardir) and not os.path.dirname(word)]
        local = os.path.join(self.directory, *kept)
        return local + '/' if wants_dir else local

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The MIME type for a file name, by its extension ('application/octet-stream' if unknown)."""
        extension = posixpath.splitext(path)[1]
        known = self.extensions_map
        for key in (extension, extension.lower()):
            if key in known:
                return known[key]
        guess, _ = mimetypes.guess_type(path)
        return guess or 'application/octet-stream'


def _unquote_path(path):
    # undecodable %-escapes stay as surrogates where the codec allows, as file names may hold them
    try:
        return urllib.parse.unquote(path, errors='surrogatepass')
    except UnicodeDecodeError:
        return urllib.parse.unquote(path)


class CGIHTTPRequestHandler(SimpleHTTPRequestHandler):
    """Not available in tpy (it runs CGI scripts as child processes)."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("tpy's http.server has no CGIHTTPRequestHandler")


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer,
         protocol="HTTP/1.0", port=8000, bind=None):
    """Serves HTTP on bind:port until interrupted."""
    HandlerClass.protocol_version = protocol
    with ServerClass((bind or '', port), HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        url_host = f'[{host}]' if ':' in host else host
        print(f"Serving HTTP on {host} port {port} (http://{url_host}:{port}/) ...")
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print("\nKeyboard interrupt received, exiting.")
            sys.exit(0)


if __name__ == '__main__':
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('--bind', '-b', metavar='ADDRESS',
                        help='bind to this address (default: all interfaces)')
    parser.add_argument('--directory', '-d', default=os.getcwd(),
                        help='serve this directory (default: current directory)')
    parser.add_argument('port', action='store', default=8000, type=int, nargs='?',
                        help='bind to this port (default: %(default)s)')
    args = parser.parse_args()

    class _DirectoryHandler(SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=args.directory, **kw)

    test(HandlerClass=_DirectoryHandler, port=args.port, bind=args.bind or '0.0.0.0')
