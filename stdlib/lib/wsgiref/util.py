"""wsgiref.util: helpers for WSGI environ dicts (URIs, path shifting, testing defaults) and FileWrapper."""

import posixpath

__all__ = ['FileWrapper', 'guess_scheme', 'application_uri', 'request_uri',
           'shift_path_info', 'setup_testing_defaults']


class FileWrapper:
    """Iterates over a file-like object in blocks of blksize."""

    def __init__(self, filelike, blksize=8192):
        self.filelike = filelike
        self.blksize = blksize
        if hasattr(filelike, 'close'):
            self.close = filelike.close

    def __iter__(self):
        return self

    def __next__(self):
        data = self.filelike.read(self.blksize)
        if data:
            return data
        raise StopIteration


def guess_scheme(environ):
    """'https' when environ['HTTPS'] says so, else 'http'."""
    if environ.get("HTTPS") in ('yes', 'on', '1'):
        return 'https'
    return 'http'


def application_uri(environ):
    """The URL of the application's root (no PATH_INFO, no query)."""
    from urllib.parse import quote
    scheme = environ['wsgi.url_scheme']
    url = scheme + '://' + (environ.get('HTTP_HOST') or environ['SERVER_NAME'])
    if not environ.get('HTTP_HOST'):
        default_port = '443' if scheme == 'https' else '80'
        if environ['SERVER_PORT'] != default_port:
            url += ':' + environ['SERVER_PORT']
    return url + quote(environ.get('SCRIPT_NAME') or '/', encoding='latin1')


def request_uri(environ, include_query=True):
    """The full URL of the request."""
    from urllib.parse import quote
    url = application_uri(environ)
    path = quote(environ.get('PATH_INFO', ''), safe='/;=,', encoding='latin1')
    url += path if environ.get('SCRIPT_NAME') else path[1:]
    if include_query and environ.get('QUERY_STRING'):
        url += '?' + environ['QUERY_STRING']
    return url


def shift_path_info(environ):
    """Moves the first segment of PATH_INFO to the end of SCRIPT_NAME and returns it
    (None when PATH_INFO is empty)."""
    path_info = environ.get('PATH_INFO', '')
    if not path_info:
        return None
    parts = path_info.split('/')
    parts[1:-1] = [p for p in parts[1:-1] if p and p != '.']
    name = parts.pop(1)
    script_name = posixpath.normpath(environ.get('SCRIPT_NAME', '') + '/' + name)
    if script_name.endswith('/'):
        script_name = script_name[:-1]
    if not name and not script_name.endswith('/'):
        script_name += '/'
    environ['SCRIPT_NAME'] = script_name
    environ['PATH_INFO'] = '/'.join(parts)
    return None if name == '.' else name


def setup_testing_defaults(environ):
    """Fills in the environ keys a WSGI application expects, for tests."""
    from io import StringIO, BytesIO
    environ.setdefault('SERVER_NAME', '127.0.0.1')
    environ.setdefault('SERVER_PROTOCOL', 'HTTP/1.0')
    environ.setdefault('HTTP_HOST', environ['SERVER_NAME'])
    environ.setdefault('REQUEST_METHOD', 'GET')
    if 'SCRIPT_NAME' not in environ and 'PATH_INFO' not in environ:
        environ.setdefault('SCRIPT_NAME', '')
        environ.setdefault('PATH_INFO', '/')
    environ.setdefault('wsgi.version', (1, 0))
    environ.setdefault('wsgi.run_once', 0)
    environ.setdefault('wsgi.multithread', 0)
    environ.setdefault('wsgi.multiprocess', 0)
    environ.setdefault('wsgi.input', BytesIO())
    environ.setdefault('wsgi.errors', StringIO())
    environ.setdefault('wsgi.url_scheme', guess_scheme(environ))
    if environ['wsgi.url_scheme'] == 'http':
        environ.setdefault('SERVER_PORT', '80')
    elif environ['wsgi.url_scheme'] == 'https':
        environ.setdefault('SERVER_PORT', '443')


_HOP_BY_HOP = frozenset(('connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization',
                         'te', 'trailers', 'transfer-encoding', 'upgrade'))


def is_hop_by_hop(header_name):
    """Whether the header is one a WSGI application may not set (RFC 2616's hop-by-hop headers)."""
    return header_name.lower() in _HOP_BY_HOP
