"""wsgiref.validate for tpy: validator(app), a middleware that checks that an application and
its server keep to WSGI (PEP 3333) and raises AssertionError (or warns with WSGIWarning)
where they do not, with CPython 3.11's messages.

It checks the environ, start_response's arguments (status, headers, Content-Type, exc_info),
the input and error streams' use, the body iterator and what write() is given. CPython also
complains when a body iterator is garbage-collected unclosed; tpy runs no __del__, so that
check never fires here.
"""

import re
import warnings

__all__ = ['validator']

header_re = re.compile(r'^[a-zA-Z][a-zA-Z0-9\-_]*$')
bad_header_value_re = re.compile(r'[\000-\037]')

_REQUIRED_KEYS = ('REQUEST_METHOD', 'SERVER_NAME', 'SERVER_PORT', 'wsgi.version', 'wsgi.input',
                  'wsgi.errors', 'wsgi.multithread', 'wsgi.multiprocess', 'wsgi.run_once')
_KNOWN_METHODS = ('GET', 'HEAD', 'POST', 'OPTIONS', 'PATCH', 'PUT', 'DELETE', 'TRACE')
_NO_BODY_CODES = (204, 304)


class WSGIWarning(Warning):
    """Raised in response to WSGI-spec-related warnings"""


def _require(ok, *message):
    if not ok:
        raise AssertionError(*message)


def _warn(message):
    warnings.warn(message, WSGIWarning)


def check_string_type(value, title):
    if type(value) is str:
        return value
    raise AssertionError('{0} must be of type str (got {1})'.format(title, repr(value)))


def validator(application):
    """Wraps a WSGI application in the checks."""

    def lint_app(*args, **kw):
        _require(len(args) == 2, 'Two arguments required')
        _require(not kw, 'No keyword arguments allowed')
        environ, start_response = args
        check_environ(environ)
        started = []

        def checked_start_response(*args, **kw):
            _require(len(args) in (2, 3), 'Invalid number of arguments: %s' % (args,))
            _require(not kw, 'No keyword arguments allowed')
            status, headers = args[0], args[1]
            check_status(status)
            check_headers(headers)
            check_content_type(status, headers)
            check_exc_info(args[2] if len(args) == 3 else None)
            started.append(None)
            return WriteWrapper(start_response(*args))

        environ['wsgi.input'] = InputWrapper(environ['wsgi.input'])
        environ['wsgi.errors'] = ErrorWrapper(environ['wsgi.errors'])
        body = application(environ, checked_start_response)
        _require(body is not None and body != False,
                 'The application must return an iterator, if only an empty list')
        check_iterator(body)
        return IteratorWrapper(body, started)

    return lint_app


class InputWrapper:
    """wsgi.input, checked: read() takes a size, everything read is bytes, no close()."""

    def __init__(self, wsgi_input):
        self.input = wsgi_input

    def _bytes(self, value):
        _require(type(value) is bytes)
        return value

    def read(self, *args):
        _require(len(args) == 1)
        return self._bytes(self.input.read(*args))

    def readline(self, *args):
        _require(len(args) <= 1)
        return self._bytes(self.input.readline(*args))

    def readlines(self, *args):
        _require(len(args) <= 1)
        lines = self.input.readlines(*args)
        _require(type(lines) is list)
        for line in lines:
            self._bytes(line)
        return lines

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def close(self):
        _require(0, 'input.close() must not be called')


class ErrorWrapper:
    """wsgi.errors, checked: text only, no close()."""

    def __init__(self, wsgi_errors):
        self.errors = wsgi_errors

    def write(self, s):
        _require(type(s) is str)
        self.errors.write(s)

    def flush(self):
        self.errors.flush()

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def close(self):
        _require(0, 'errors.close() must not be called')


class WriteWrapper:
    """The write() start_response returns, checked: bytes only."""

    def __init__(self, wsgi_writer):
        self.writer = wsgi_writer

    def __call__(self, s):
        _require(type(s) is bytes)
        self.writer(s)


class PartialIteratorWrapper:
    def __init__(self, wsgi_iterator):
        self.iterator = wsgi_iterator

    def __iter__(self):
        return IteratorWrapper(self.iterator, None)


class IteratorWrapper:
    """The body, checked: bytes items, start_response called before the first, not read
    after close()."""

    def __init__(self, wsgi_iterator, check_start_response):
        self.original_iterator = wsgi_iterator
        self.iterator = iter(wsgi_iterator)
        self.closed = False
        self.check_start_response = check_start_response

    def __iter__(self):
        return self

    def __next__(self):
        _require(not self.closed, 'Iterator read after closed')
        item = next(self.iterator)
        if type(item) is not bytes:
            _require(False, 'Iterator yielded non-bytestring (%r)' % (item,))
        if self.check_start_response is not None:
            _require(self.check_start_response,
                     'The application returns and we started iterating over its body, '
                     'but start_response has not yet been called')
            self.check_start_response = None
        return item

    def close(self):
        self.closed = True
        close = getattr(self.original_iterator, 'close', None)
        if close is not None:
            close()


def check_environ(environ):
    _require(type(environ) is dict,
             'Environment is not of the right type: %r (environment: %r)' % (type(environ), environ))
    for key in _REQUIRED_KEYS:
        _require(key in environ, 'Environment missing required key: %r' % (key,))
    for key in ('HTTP_CONTENT_TYPE', 'HTTP_CONTENT_LENGTH'):
        _require(key not in environ, 'Environment should not have the key: %s (use %s instead)' % (key, key[5:]))
    if 'QUERY_STRING' not in environ:
        _warn('QUERY_STRING is not in the WSGI environment; the cgi module will use sys.argv '
              'when this variable is missing, so application errors are more likely')
    for key, value in environ.items():
        # CGI variables are text; the dotted keys are the server's and WSGI's own
        if '.' not in key:
            _require(type(value) is str,
                     'Environmental variable %s is not a string: %r (value: %r)' % (key, type(value), value))
    _require(type(environ['wsgi.version']) is tuple,
             'wsgi.version should be a tuple (%r)' % (environ['wsgi.version'],))
    _require(environ['wsgi.url_scheme'] in ('http', 'https'),
             'wsgi.url_scheme unknown: %r' % environ['wsgi.url_scheme'])
    check_input(environ['wsgi.input'])
    check_errors(environ['wsgi.errors'])
    if environ['REQUEST_METHOD'] not in _KNOWN_METHODS:
        _warn('Unknown REQUEST_METHOD: %r' % environ['REQUEST_METHOD'])
    script, path = environ.get('SCRIPT_NAME'), environ.get('PATH_INFO')
    _require(not script or script.startswith('/'), "SCRIPT_NAME doesn't start with /: %r" % environ['SCRIPT_NAME'])
    _require(not path or path.startswith('/'), "PATH_INFO doesn't start with /: %r" % environ['PATH_INFO'])
    if environ.get('CONTENT_LENGTH'):
        _require(int(environ['CONTENT_LENGTH']) >= 0, 'Invalid CONTENT_LENGTH: %r' % environ['CONTENT_LENGTH'])
    if not script:
        _require('PATH_INFO' in environ,
                 "One of SCRIPT_NAME or PATH_INFO are required (PATH_INFO should at least be '/' "
                 "if SCRIPT_NAME is empty)")
    _require(script != '/', "SCRIPT_NAME cannot be '/'; it should instead be '', and PATH_INFO should be '/'")


def _has_attributes(stream, what, names):
    for attr in names:
        _require(hasattr(stream, attr), "%s (%r) doesn't have the attribute %s" % (what, stream, attr))


def check_input(wsgi_input):
    _has_attributes(wsgi_input, 'wsgi.input', ('read', 'readline', 'readlines', '__iter__'))


def check_errors(wsgi_errors):
    _has_attributes(wsgi_errors, 'wsgi.errors', ('flush', 'write', 'writelines'))


def check_status(status):
    status = check_string_type(status, 'Status')
    code = status.split(None, 1)[0]
    _require(len(code) == 3, 'Status codes must be three characters: %r' % code)
    number = int(code)
    _require(number >= 100, 'Status code is invalid: %r' % number)
    if len(status) < 4 or status[3] != ' ':
        _warn('The status string (%r) should be a three-digit integer followed by a single space '
              'and a status explanation' % status)


def check_headers(headers):
    _require(type(headers) is list, 'Headers (%r) must be of type list: %r' % (headers, type(headers)))
    for item in headers:
        _require(type(item) is tuple, 'Individual headers (%r) must be of type tuple: %r' % (item, type(item)))
        _require(len(item) == 2)
        name = check_string_type(item[0], 'Header name')
        value = check_string_type(item[1], 'Header value')
        _require(name.lower() != 'status',
                 'The Status header cannot be used; it conflicts with CGI script, and HTTP status '
                 'is not given through headers (value: %r).' % value)
        _require('\n' not in name and ':' not in name, "Header names may not contain ':' or '\\n': %r" % name)
        _require(header_re.search(name), 'Bad header name: %r' % name)
        _require(not name.endswith(('-', '_')), "Names may not end in '-' or '_': %r" % name)
        bad = bad_header_value_re.search(value)
        if bad:
            _require(0, 'Bad header value: %r (bad char: %r)' % (value, bad.group(0)))


def check_content_type(status, headers):
    code = int(check_string_type(status, 'Status').split(None, 1)[0])
    for name, value in headers:
        if check_string_type(name, 'Header name').lower() == 'content-type':
            if code not in _NO_BODY_CODES:
                return
            _require(0, 'Content-Type header found in a %s response, which must not return content.' % code)
    if code not in _NO_BODY_CODES:
        _require(0, 'No Content-Type header found in headers (%s)' % headers)


def check_exc_info(exc_info):
    _require(exc_info is None or type(exc_info) is tuple,
             'exc_info (%r) is not a tuple: %r' % (exc_info, type(exc_info)))


def check_iterator(iterator):
    # a str or bytes body would be sent one character at a time
    _require(not isinstance(iterator, (str, bytes)),
             'You should not return a string as your application iterator, '
             'instead return a single-item list containing a bytestring.')
