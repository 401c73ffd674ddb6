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


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Parses HTTP requests and dispatches each to the method do_<COMMAND>."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    MessageClass = http.client.HTTPMessage
    responses = {status: (status.phrase, status.description)
                 for status in HTTPStatus.__members__.values()}
    weekdayname = _WEEKDAYS
    monthname = _MONTHS

    # log lines show control characters (and backslashes) escaped, so that a request
    # cannot write terminal escapes into the log
    _control_char_table = str.maketrans(
        {c: fr'\x{c:02x}' for c in list(range(0x20)) + list(range(0x7f, 0xa0))})
    _control_char_table[ord('\\')] = r'\\'

    def _parse_version(self, version):
        """(major, minor) of 'HTTP/x.y'; ValueError when it is not that."""
        if not version.startswith('HTTP/'):
            raise ValueError
        numbers = version.split('/', 1)[1].split('.')
        if len(numbers) != 2:
            raise ValueError
        if any(not n.isdigit() for n in numbers):
            raise ValueError("non digit in http version")
        if any(len(n) > 10 for n in numbers):
            raise ValueError("unreasonable length http version")
        return int(numbers[0]), int(numbers[1])

    def parse_request(self):
        """Parses self.raw_requestline and the headers; on an error sends the error
        reply and returns False."""
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = requestline
        words = requestline.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            try:
                number = self._parse_version(version)
            except (ValueError, IndexError):
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % version)
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % version.split('/', 1)[1])
                return False
            self.request_version = version
        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request syntax (%r)" % requestline)
            return False
        command, path = words[:2]
        if len(words) == 2:
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command, self.path = command, path
        # '//host/x' would read as a network path to some clients and to urlsplit
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long", str(err))
            return False
        except http.client.HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers", str(err))
            return False
        conntype = self.headers.get('Connection', "").lower()
        if conntype == 'close':
            self.close_connection = True
        elif conntype == 'keep-alive' and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        expect = self.headers.get('Expect', "")
        if (expect.lower() == "100-continue" and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        """Answers 'Expect: 100-continue' with 100 Continue; return False to refuse the body."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Reads and answers one request."""
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if len(self.raw_requestline) > 65536:
                self.requestline = ''
                self.request_version = ''
                self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            mname = 'do_' + self.command
            if not hasattr(self, mname):
                self.send_error(HTTPStatus.NOT_IMPLEMENTED, "Unsupported method (%r)" % self.command)
                return
            method = getattr(self, mname)
            method()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = True
            return

    def handle(self):
        """Answers requests until the connection is to be closed."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Sends an error reply: status line, headers and an HTML page saying what went wrong."""
        try:
            shortmsg, longmsg = self.responses[code]
        except KeyError:
            shortmsg, longmsg = '???', '???'
        if message is None:
            message = shortmsg
        if explain is None:
            explain = longmsg
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            content = self.error_message_format % {
                'code': code,
                'message': html.escape(message, quote=False),
                'explain': html.escape(explain, quote=False),
            }
            body = content.encode('UTF-8', 'replace')
            self.send_header("Content-Type", self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD' and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Logs the request and buffers the status line, Server and Date."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_response_only(self, code, message=None):
        """Buffers the status line alone."""
        if self.request_version != 'HTTP/0.9':
            if message is None:
                message = self.responses[code][0] if code in self.responses else ''
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(
                ("%s %d %s\r\n" % (self.protocol_version, code, message)).encode('latin-1', 'strict'))

    def send_header(self, keyword, value):
        """Buffers one header line; a Connection header decides whether the connection stays."""
        if self.request_version != 'HTTP/0.9':
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(("%s: %s\r\n" % (keyword, value)).encode('latin-1', 'strict'))
        if keyword.lower() == 'connection':
            if value.lower() == 'close':
                self.close_connection = True
            elif value.lower() == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        """Ends the headers with a blank line and sends everything buffered."""
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, '_headers_buffer'):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code='-', size='-'):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Writes 'host - - [date] message' to stderr."""
        message = format % args
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(), self.log_date_time_string(),
                                               message.translate(self._control_char_table)))

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        """Now (or timestamp) as an HTTP date."""
        return _http_date(time.time() if timestamp is None else timestamp)

    def log_date_time_string(self):
        """Now, in local time, as the log writes it: '30/Nov/2026 02:41:36'."""
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            t.tm_mday, self.monthname[t.tm_mon], t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)

    def address_string(self):
        return self.client_address[0]


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD from a directory (the current one unless directory= is given)."""

    server_version = "SimpleHTTP/" + __version__
    extensions_map = _encodings_map_default = {
        '.gz': 'application/gzip',
        '.Z': 'application/octet-stream',
        '.bz2': 'application/x-bzip2',
        '.xz': 'application/x-xz',
    }

    def __init__(self, *args, directory=None, **kwargs):
        if directory is None:
            directory = os.getcwd()
        self.directory = os.fspath(directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        f = self.send_head()
        if f:
            try:
                self.copyfile(f, self.wfile)
            finally:
                f.close()

    def do_HEAD(self):
        f = self.send_head()
        if f:
            f.close()

    def send_head(self):
        """Sends the status line and headers for the path; returns the open file to send
        (a file or a directory listing) or None."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith('/'):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                location = urllib.parse.urlunsplit((parts[0], parts[1], parts[2] + '/', parts[3], parts[4]))
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for index in "index.html", "index.htm":
                index = os.path.join(path, index)
                if os.path.isfile(index):
                    path = index
                    break
            else:
                return self.list_directory(path)
        ctype = self.guess_type(path)
        if path.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            f = open(path, 'rb')
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            fs = os.fstat(f.fileno())
            if "If-Modified-Since" in self.headers and "If-None-Match" not in self.headers:
                since = _parse_http_date(self.headers["If-Modified-Since"])
                if since is not None and int(fs.st_mtime) <= since:
                    self.send_response(HTTPStatus.NOT_MODIFIED)
                    self.end_headers()
                    f.close()
                    return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(fs[6]))
            self.send_header("Last-Modified", self.date_time_string(fs.st_mtime))
            self.end_headers()
            return f
        except:
            f.close()
            raise

    def list_directory(self, path):
        """Sends an HTML page listing the directory; returns it as a BytesIO."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        names.sort(key=lambda a: a.lower())
        try:
            shown_path = urllib.parse.unquote(self.path, errors='surrogatepass')
        except UnicodeDecodeError:
            shown_path = urllib.parse.unquote(self.path)
        shown_path = html.escape(shown_path, quote=False)
        enc = sys.getfilesystemencoding()
        title = f'Directory listing for {shown_path}'
        lines = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>',
                 f'<meta charset="{enc}">', f'<title>{title}</title>\n</head>',
                 f'<body>\n<h1>{title}</h1>', '<hr>\n<ul>']
        for name in names:
            full = os.path.join(path, name)
            shown = link = name
            if os.path.isdir(full):
                shown = name + "/"
                link = name + "/"
            if os.path.islink(full):
                shown = name + "@"   # a link to a directory is shown with @, linked with /
            lines.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(link, errors='surrogatepass'), html.escape(shown, quote=False)))
        lines.append('</ul>\n<hr>\n</body>\n</html>\n')
        encoded = '\n'.join(lines).encode(enc, 'surrogateescape')
        f = io.BytesIO()
        f.write(encoded)
        f.seek(0)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % enc)
        self.send_header("Content-Length", str(len(encoded)))
        self.end_headers()
        return f

    def translate_path(self, path):
        """The file system path under self.directory for a URL path ('..' and the like dropped)."""
        path = path.split('?', 1)[0].split('#', 1)[0]
        trailing_slash = path.rstrip().endswith('/')
        try:
            path = urllib.parse.unquote(path, errors='surrogatepass')
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        path = posixpath.normpath(path)
        result = self.directory
        for word in path.split('/'):
            if not word or os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        if trailing_slash:
            result += '/'
        return result

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The MIME type for a file name, by its extension ('application/octet-stream' if unknown)."""
        base, ext = posixpath.splitext(path)
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        ext = ext.lower()
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        guess, _ = mimetypes.guess_type(path)
        return guess or 'application/octet-stream'


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
