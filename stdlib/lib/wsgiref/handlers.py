"""wsgiref.handlers: running a WSGI application for one request and writing its response.

BaseHandler.run(app) builds the environ, calls the application with start_response,
then writes the status line and headers before the first body bytes (adding
Content-Length when the body is one block, and Date and Server) and the body.
An exception before the headers went out becomes a 500 reply; its traceback goes to
wsgi.errors.
"""

import os
import sys
import time
from wsgiref.headers import Headers
from wsgiref.util import FileWrapper, guess_scheme, is_hop_by_hop

__all__ = ['BaseHandler', 'SimpleHandler', 'BaseCGIHandler', 'CGIHandler',
           'IISCGIHandler', 'read_environ']

_DAY_NAMES = 'Mon Tue Wed Thu Fri Sat Sun'.split()
_MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()

# the client closed its end: there is no one left to report an error to
_CLIENT_GONE = (ConnectionAbortedError, BrokenPipeError, ConnectionResetError)


def format_date_time(timestamp):
    """An HTTP date: 'Sun, 06 Nov 1994 08:49:37 GMT'."""
    t = time.gmtime(timestamp)
    day, month = _DAY_NAMES[t.tm_wday], _MONTH_NAMES[t.tm_mon - 1]
    return (f'{day}, {t.tm_mday:02d} {month} {t.tm_year:4d} '
            f'{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} GMT')


def read_environ():
    """os.environ as a WSGI server hands it on (str keys and values)."""
    return dict(os.environ)


def _require_str(value, what):
    # WSGI asks for native strings everywhere in the status and headers
    if type(value) is not str:
        raise AssertionError(f'{what} must be of type str (got {value!r})')
    return value


def _check_status(status):
    status = _require_str(status, 'Status')
    assert len(status) >= 4, 'Status must be at least 4 characters'
    assert status[:3].isdigit(), 'Status message must begin w/3-digit code'
    assert status[3] == ' ', 'Status message must have a space after code'


def _check_header(name, value):
    name = _require_str(name, 'Header name')
    value = _require_str(value, 'Header value')
    # connection-level headers belong to the server, never to the application
    assert not is_hop_by_hop(name), f"Hop-by-hop header, '{name}: {value}', not allowed"


def _close_result(result):
    closer = getattr(result, 'close', None)
    if closer is not None:
        closer()


class BaseHandler:
    """Runs a WSGI application; subclasses say where input comes from and output goes."""

    wsgi_version = (1, 0)
    wsgi_multithread = True
    wsgi_multiprocess = True
    wsgi_run_once = False

    origin_server = True    # an origin server writes the status line, not a CGI 'Status:' header
    http_version = '1.0'
    server_software = None

    os_environ = read_environ()

    wsgi_file_wrapper = FileWrapper
    headers_class = Headers

    traceback_limit = None
    error_status = '500 Internal Server Error'
    error_headers = [('Content-Type', 'text/plain')]
    error_body = b'A server error occurred.  Please contact the administrator.'

    # per-request state, reset by close()
    status = result = None
    headers_sent = False
    headers = None
    bytes_sent = 0

    def run(self, application):
        """Calls application(environ, start_response) and writes what it returns."""
        try:
            self.setup_environ()
            self.result = application(self.environ, self.start_response)
            self.finish_response()
        except _CLIENT_GONE:
            pass
        except BaseException:
            try:
                self.handle_error()
            except BaseException:
                # the error reply failed too: release the request, let the failure through
                self.close()
                raise

    def setup_environ(self):
        self.environ = self.os_environ.copy()
        self.add_cgi_vars()
        environ = self.environ
        environ.update({
            'wsgi.input': self.get_stdin(),
            'wsgi.errors': self.get_stderr(),
            'wsgi.version': self.wsgi_version,
            'wsgi.run_once': self.wsgi_run_once,
            'wsgi.url_scheme': self.get_scheme(),
            'wsgi.multithread': self.wsgi_multithread,
            'wsgi.multiprocess': self.wsgi_multiprocess,
        })
        if self.wsgi_file_wrapper is not None:
            environ['wsgi.file_wrapper'] = self.wsgi_file_wrapper
        if self.server_software and self.origin_server:
            environ.setdefault('SERVER_SOFTWARE', self.server_software)

    def finish_response(self):
        try:
            # a file result may go out by sendfile(); anything else is iterated block by block
            sent_whole_file = self.result_is_file() and self.sendfile()
            if not sent_whole_file:
                for block in self.result:
                    self.write(block)
                self.finish_content()
        except BaseException:
            _close_result(self.result)
            raise
        self.close()

    def get_scheme(self):
        return guess_scheme(self.environ)

    def set_content_length(self):
        # the length is known only when the body was a single block
        try:
            single = len(self.result) == 1
        except (TypeError, AttributeError, NotImplementedError):
            return
        if single:
            self.headers['Content-Length'] = str(self.bytes_sent)

    def cleanup_headers(self):
        if 'Content-Length' not in self.headers:
            self.set_content_length()

    def start_response(self, status, headers, exc_info=None):
        """The start_response callable of WSGI; returns write()."""
        if exc_info:
            # an application's error report: too late to replace a reply already on the wire
            try:
                if self.headers_sent:
                    raise exc_info[1].with_traceback(exc_info[2])
            finally:
                exc_info = None
        elif self.headers is not None:
            raise AssertionError('Headers already set!')
        self.status = status
        self.headers = self.headers_class(headers)
        _check_status(status)
        for name, value in headers:
            _check_header(name, value)
        return self.write

    def send_preamble(self):
        """The status line (or Status header), then Date and Server unless the application set them."""
        if not self.origin_server:
            lines = [f'Status: {self.status}']
        elif self.client_is_modern():
            lines = [f'HTTP/{self.http_version} {self.status}']
            if 'Date' not in self.headers:
                lines.append('Date: ' + format_date_time(time.time()))
            if self.server_software and 'Server' not in self.headers:
                lines.append('Server: ' + self.server_software)
        else:
            return
        self._write(''.join(line + '\r\n' for line in lines).encode('iso-8859-1'))

    def write(self, data):
        """Writes body bytes, the headers first if they have not gone out."""
        assert type(data) is bytes, 'write() argument must be a bytes instance'
        if not self.status:
            raise AssertionError('write() before start_response()')
        if self.headers_sent:
            self.bytes_sent += len(data)
        else:
            # the first block's size is what set_content_length may announce
            self.bytes_sent = len(data)
            self.send_headers()
        self._write(data)
        self._flush()

    def sendfile(self):
        return False

    def finish_content(self):
        if self.headers_sent:
            return
        # nothing was written: the body is empty, so its length is known
        self.headers.setdefault('Content-Length', '0')
        self.send_headers()

    def close(self):
        try:
            _close_result(self.result)
        finally:
            self.result = self.headers = self.status = self.environ = None
            self.bytes_sent = 0
            self.headers_sent = False

    def send_headers(self):
        self.cleanup_headers()
        self.headers_sent = True
        # an HTTP/0.9 client gets the bare body
        if self.origin_server and not self.client_is_modern():
            return
        self.send_preamble()
        self._write(bytes(self.headers))

    def result_is_file(self):
        wrapper = self.wsgi_file_wrapper
        return wrapper is not None and isinstance(self.result, wrapper)

    def client_is_modern(self):
        return self.environ['SERVER_PROTOCOL'].upper() != 'HTTP/0.9'

    def log_exception(self, exc_info):
        import traceback
        stream = self.get_stderr()
        try:
            traceback.print_exception(*exc_info[:3], limit=self.traceback_limit, file=stream)
            stream.flush()
        finally:
            exc_info = None   # no reference cycle through the traceback

    def handle_error(self):
        """Logs the exception and, if no headers went out yet, replies with error_output."""
        self.log_exception(sys.exc_info())
        if self.headers_sent:
            return
        self.result = self.error_output(self.environ, self.start_response)
        self.finish_response()

    def error_output(self, environ, start_response):
        start_response(self.error_status, list(self.error_headers), sys.exc_info())
        return [self.error_body]

    # what a concrete handler provides: its streams and its CGI variables
    def _write(self, data):
        raise NotImplementedError

    def _flush(self):
        raise NotImplementedError

    def get_stdin(self):
        raise NotImplementedError

    def get_stderr(self):
        raise NotImplementedError

    def add_cgi_vars(self):
        raise NotImplementedError


class SimpleHandler(BaseHandler):
    """A handler over given input, output and error streams and a base environ."""

    def __init__(self, stdin, stdout, stderr, environ, multithread=True, multiprocess=False):
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.base_env = environ
        self.wsgi_multithread = multithread
        self.wsgi_multiprocess = multiprocess

    def get_stdin(self):
        return self.stdin

    def get_stderr(self):
        return self.stderr

    def add_cgi_vars(self):
        self.environ.update(self.base_env)

    def _write(self, data):
        count = self.stdout.write(data)
        # a raw stream may take only part of a block (and says how much); a buffered one returns None or all
        while count is not None and count < len(data):
            data = data[count:]
            count = self.stdout.write(data)

    def _flush(self):
        self.stdout.flush()


class BaseCGIHandler(SimpleHandler):
    """A SimpleHandler that answers as a CGI script does (a Status: header, no status line)."""
    origin_server = False


def _cgi_streams():
    return sys.stdin.buffer, sys.stdout.buffer, sys.stderr


class CGIHandler(BaseCGIHandler):
    """Runs an application as a CGI script: stdin, stdout and stderr, os.environ."""

    wsgi_run_once = True
    os_environ = {}

    def __init__(self):
        BaseCGIHandler.__init__(self, *_cgi_streams(), read_environ(),
                                multithread=False, multiprocess=True)


class IISCGIHandler(BaseCGIHandler):
    """CGIHandler for IIS, whose PATH_INFO wrongly begins with SCRIPT_NAME."""

    wsgi_run_once = True
    os_environ = {}

    def __init__(self):
        environ = read_environ()
        script = environ.get('SCRIPT_NAME', '')
        path = environ.get('PATH_INFO', '')
        if path == script or path.startswith(script + '/'):
            environ['PATH_INFO'] = path[len(script):]
        BaseCGIHandler.__init__(self, *_cgi_streams(), environ,
                                multithread=False, multiprocess=True)
