"""wsgiref.util: helpers for WSGI environ dicts (URIs, path shifting, testing defaults) and FileWrapper."""

import io
import posixpath
from urllib.parse import quote as _quote

__all__ = ['FileWrapper', 'guess_scheme', 'application_uri', 'request_uri',
           'shift_path_info', 'setup_testing_defaults']

# a scheme's port is left out of a URL when it is this one
_STANDARD_PORT = {'https': '443'}

_HOP_BY_HOP = frozenset(('connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization',
                         'te', 'trailers', 'transfer-encoding', 'upgrade'))


class FileWrapper:
    """Iterates over a file-like object in blocks of blksize."""

    def __init__(self, filelike, blksize=8192):
        self.filelike, self.blksize = filelike, blksize
        # servers call close() on the iterable they were given: only a closable file offers one
        if hasattr(filelike, 'close'):
            self.close = filelike.close

    def __iter__(self):
        return self

    def __next__(self):
        block = self.filelike.read(self.blksize)
        if not block:
            raise StopIteration
        return block


def guess_scheme(environ):
    """'https' when environ['HTTPS'] says so, else 'http'."""
    return 'https' if environ.get('HTTPS') in ('yes', 'on', '1') else 'http'


def application_uri(environ):
    """The URL of the application's root (no PATH_INFO, no query)."""
    scheme = environ['wsgi.url_scheme']
    authority = environ.get('HTTP_HOST')
    if not authority:
        # no Host header: the server's own name, with its port unless it is the scheme's usual one
        authority = environ['SERVER_NAME']
        port = environ['SERVER_PORT']
        if port != _STANDARD_PORT.get(scheme, '80'):
            authority = f'{authority}:{port}'
    root = _quote(environ.get('SCRIPT_NAME') or '/', encoding='latin1')
    return f'{scheme}://{authority}{root}'


def request_uri(environ, include_query=True):
    """The full URL of the request."""
    path = _quote(environ.get('PATH_INFO', ''), safe='/;=,', encoding='latin1')
    if not environ.get('SCRIPT_NAME'):
        path = path[1:]   # application_uri already ends with the root's '/'
    query = environ.get('QUERY_STRING') if include_query else ''
    suffix = f'?{query}' if query else ''
    return application_uri(environ) + path + suffix


def shift_path_info(environ):
    """Moves the first segment of PATH_INFO to the end of SCRIPT_NAME and returns it
    (None when PATH_INFO is empty)."""
    path_info = environ.get('PATH_INFO', '')
    if not path_info:
        return None
    lead, *segments = path_info.split('/')
    if not segments:
        # a PATH_INFO without any '/' has no segment to shift (CPython fails the same way)
        raise IndexError('list index out of range')
    # '' and '.' inside the path name nothing; the final segment stays even when empty,
    # since a trailing '/' is meaningful to the application
    remaining = [s for s in segments[:-1] if s and s != '.']
    remaining.append(segments[-1])
    name = remaining.pop(0)
    mount = posixpath.normpath(f"{environ.get('SCRIPT_NAME', '')}/{name}")
    if mount.endswith('/'):
        mount = mount[:-1]
    if name == '' and not mount.endswith('/'):
        mount += '/'
    environ['SCRIPT_NAME'] = mount
    environ['PATH_INFO'] = '/'.join([lead, *remaining])
    return None if name == '.' else name


def setup_testing_defaults(environ):
    """Fills in the environ keys a WSGI application expects, for tests."""
    default = environ.setdefault
    default('SERVER_NAME', '127.0.0.1')
    default('SERVER_PROTOCOL', 'HTTP/1.0')
    default('HTTP_HOST', environ['SERVER_NAME'])
    default('REQUEST_METHOD', 'GET')
    if 'SCRIPT_NAME' not in environ and 'PATH_INFO' not in environ:
        environ['SCRIPT_NAME'] = ''
        environ['PATH_INFO'] = '/'
    for key, value in (('wsgi.version', (1, 0)), ('wsgi.run_once', 0),
                       ('wsgi.multithread', 0), ('wsgi.multiprocess', 0)):
        default(key, value)
    if 'wsgi.input' not in environ:
        environ['wsgi.input'] = io.BytesIO()
    if 'wsgi.errors' not in environ:
        environ['wsgi.errors'] = io.StringIO()
    scheme = default('wsgi.url_scheme', guess_scheme(environ))
    # only the two web schemes have a port to assume
    port = {'http': '80', 'https': '443'}.get(scheme)
    if port is not None:
        default('SERVER_PORT', port)


def is_hop_by_hop(header_name):
    """Whether the header is one a WSGI application may not set (RFC 2616's hop-by-hop headers)."""
    return header_name.lower() in _HOP_BY_HOP
