"""wsgiref.simple_server: a WSGI server on http.server (make_server, WSGIServer, WSGIRequestHandler, demo_app)."""

import io
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from platform import python_implementation
from urllib.parse import unquote
from wsgiref.handlers import SimpleHandler

__version__ = '0.2'
__all__ = ['WSGIServer', 'WSGIRequestHandler', 'demo_app', 'make_server']

server_version = f'WSGIServer/{__version__}'
sys_version = f'{python_implementation()}/{sys.version.split()[0]}'
software_version = f'{server_version} {sys_version}'

# the longest request line accepted; a longer one is answered with 414
_MAX_REQUEST_LINE = 65536


class ServerHandler(SimpleHandler):
    """The per-request WSGI handler: logs the access line when the response is done."""

    server_software = software_version

    def close(self):
        try:
            code = self.status.split(' ', 1)[0]
            self.request_handler.log_request(code, self.bytes_sent)
        finally:
            SimpleHandler.close(self)


class WSGIServer(HTTPServer):
    """An HTTPServer that runs a WSGI application (set_app) for each request."""

    application = None

    def server_bind(self):
        HTTPServer.server_bind(self)
        self.setup_environ()

    def setup_environ(self):
        # what every request's environ starts from, known once the socket is bound
        self.base_environ = {
            'SERVER_NAME': self.server_name,
            'GATEWAY_INTERFACE': 'CGI/1.1',
            'SERVER_PORT': str(self.server_port),
            'REMOTE_HOST': '',
            'CONTENT_LENGTH': '',
            'SCRIPT_NAME': '',
        }

    def get_app(self):
        return self.application

    def set_app(self, application):
        self.application = application


def _add_header_vars(environ, headers):
    """One HTTP_* variable per request header; repeated headers are joined with ','."""
    for field, value in headers.items():
        key = field.replace('-', '_').upper()
        # a header whose variable already exists (Content-Type, Content-Length) is not repeated as HTTP_*
        if key in environ:
            continue
        key = 'HTTP_' + key
        value = value.strip()
        earlier = environ.get(key)
        environ[key] = value if earlier is None else f'{earlier},{value}'


class WSGIRequestHandler(BaseHTTPRequestHandler):
    """Reads one HTTP request and runs the server's WSGI application for it."""

    server_version = f'WSGIServer/{__version__}'

    def get_environ(self):
        """The CGI variables of this request: the server's, the request line's, and HTTP_* per header."""
        environ = dict(self.server.base_environ)
        path, _, query = self.path.partition('?')
        client_ip = self.client_address[0]
        environ.update(SERVER_PROTOCOL=self.request_version, SERVER_SOFTWARE=self.server_version,
                       REQUEST_METHOD=self.command, PATH_INFO=unquote(path, 'iso-8859-1'),
                       QUERY_STRING=query)
        client_name = self.address_string()
        if client_name != client_ip:
            environ['REMOTE_HOST'] = client_name
        environ['REMOTE_ADDR'] = client_ip
        headers = self.headers
        content_type = headers.get('content-type')
        # without the header, the message's default type (text/plain) stands in
        environ['CONTENT_TYPE'] = headers.get_content_type() if content_type is None else content_type
        content_length = headers.get('content-length')
        if content_length:
            environ['CONTENT_LENGTH'] = content_length
        _add_header_vars(environ, headers)
        return environ

    def get_stderr(self):
        return sys.stderr

    def handle(self):
        """Reads one request and runs the application for it."""
        line = self.raw_requestline = self.rfile.readline(_MAX_REQUEST_LINE + 1)
        if len(line) > _MAX_REQUEST_LINE:
            # nothing of the request is known: send_error must not echo any of it
            self.requestline = self.request_version = self.command = ''
            self.send_error(414)
            return
        if not self.parse_request():
            return
        runner = ServerHandler(self.rfile, self.wfile, self.get_stderr(), self.get_environ(),
                               multithread=False)
        runner.request_handler = self
        runner.run(self.server.get_app())


def demo_app(environ, start_response):
    """A WSGI application that shows its environ."""
    lines = ['Hello world!', '']
    lines.extend(f'{key} = {value!r}' for key, value in sorted(environ.items()))
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [('\n'.join(lines) + '\n').encode('utf-8')]


def make_server(host, port, app, server_class=WSGIServer, handler_class=WSGIRequestHandler):
    """A server for app on host:port (call serve_forever() or handle_request())."""
    server = server_class((host, port), handler_class)
    server.set_app(app)
    return server


if __name__ == '__main__':
    with make_server('', 8000, demo_app) as demo:
        address = demo.socket.getsockname()
        print(f'Serving HTTP on {address[0]} port {address[1]} ...')
        demo.handle_request()   # one request (no web browser is opened)
