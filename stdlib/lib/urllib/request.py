"""urllib.request: urlopen, Request, and the opener whose handlers open URLs, follow redirects and turn error statuses into HTTPError.

An OpenerDirector finds a handler's methods by name: <scheme>_open opens a request,
<scheme>_request and <scheme>_response pre- and post-process it, http_error_<code>
handles an error status (http_error_default any status no other handler took).
Handlers run in the order of their handler_order. tpy opens http://, file: and data: URLs:
there is no SSL (https) and no FTP.
"""

import bisect
import collections
import socket
import string
import sys
import http.client
from urllib.error import URLError, HTTPError
from urllib.parse import urlparse, urlunparse, urljoin, quote, unquote

__all__ = ['Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
           'HTTPRedirectHandler', 'HTTPHandler', 'FileHandler', 'DataHandler', 'UnknownHandler', 'HTTPErrorProcessor',
           'urlopen', 'install_opener', 'build_opener', 'pathname2url', 'url2pathname',
           'urlretrieve', 'urlcleanup']

__version__ = '%d.%d' % sys.version_info[:2]

# the opener urlopen() uses; made on first use so importing stays cheap
_installed = [None]


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *,
            cafile=None, capath=None, cadefault=False, context=None):
    """Opens url (a str or a Request) and returns the response; raises URLError or HTTPError."""
    if cafile or capath or cadefault:
        raise NotImplementedError("tpy has no SSL: urlopen() cannot take cafile, capath or cadefault")
    if _installed[0] is None:
        _installed[0] = build_opener()
    return _installed[0].open(url, data, timeout)


def install_opener(opener):
    _installed[0] = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copies url's body to filename (a new temporary file when None); returns (filename,
    headers). A file: URL without filename gives its own path, uncopied."""
    import contextlib
    import os
    import tempfile
    from urllib.error import ContentTooShortError
    scheme, colon, path = url.partition(':')
    with contextlib.closing(urlopen(url, data)) as fp:
        headers = fp.info()
        if colon and '/' not in scheme and scheme.lower() == 'file' and not filename:
            return os.path.normpath(path), headers
        if filename:
            tfp = open(filename, 'wb')
        else:
            tfp = tempfile.NamedTemporaryFile(delete=False)
            filename = tfp.name
            _url_tempfiles.append(filename)
        with tfp:
            result = filename, headers
            bs = 1024 * 8
            size = int(headers['Content-Length']) if 'content-length' in headers else -1
            read = blocknum = 0
            if reporthook:
                reporthook(blocknum, bs, size)
            while True:
                block = fp.read(bs)
                if not block:
                    break
                read += len(block)
                tfp.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, bs, size)
    if size >= 0 and read < size:
        raise ContentTooShortError('retrieval incomplete: got only %i out of %i bytes' % (read, size), result)
    return result


def urlcleanup():
    """Removes the temporary files urlretrieve made, and forgets the installed opener."""
    import os
    for temp_file in _url_tempfiles:
        try:
            os.unlink(temp_file)
        except OSError:
            pass
    del _url_tempfiles[:]
    _installed[0] = None


# -- taking a URL apart --

def _strip_wrapping(url):
    """Removes the '<URL:...>' wrapping some texts put around a URL."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


def _scheme_and_rest(url):
    """('http', '//h/p') for 'http://h/p'; (None, url) when url has no scheme before a ':'."""
    head, colon, rest = url.partition(':')
    if not colon or not head or '/' in head:
        return None, url
    return head.lower(), rest


def _authority_and_path(rest):
    """('h:1', '/p') for '//h:1/p'; (None, rest) when rest has no '//' authority."""
    if not rest.startswith('//'):
        return None, rest
    end = len(rest)
    for stop in '/?#':
        at = rest.find(stop, 2)
        if 0 <= at < end:
            end = at
    path = rest[end:]
    if path and not path.startswith('/'):
        path = '/' + path   # '//h?q' asks for '/?q'
    return rest[2:end], path


def _without_port(host):
    """'h:8080' -> 'h'; only an all-digit (ASCII) suffix counts as a port."""
    name, colon, port = host.rpartition(':')
    if colon and port and port.isascii() and port.isdigit():
        return name
    return host


def request_host(request):
    """The request's host name, lower case and without its port."""
    host = urlparse(request.full_url).netloc or request.get_header('Host', '')
    return _without_port(host).lower()


def _header_name(name):
    # Request keeps header names as 'Content-type' (str.capitalize) so lookups agree
    return name.capitalize()


class Request:
    """An HTTP request to be opened: URL, body (data), headers, method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for name, value in headers.items():
            self.add_header(name, value)
        self.origin_req_host = request_host(self) if origin_req_host is None else origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if not self.fragment:
            return self._full_url
        return self._full_url + '#' + self.fragment

    @full_url.setter
    def full_url(self, url):
        url = _strip_wrapping(url)
        if '#' in url:
            self._full_url, self.fragment = url.rsplit('#', 1)
        else:
            self._full_url, self.fragment = url, None
        self._split_url()

    @full_url.deleter
    def full_url(self):
        self._full_url = self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, body):
        if body == self._data:
            return
        self._data = body
        # a Content-length worked out for the old body would be wrong for this one
        self.remove_header('Content-length')

    @data.deleter
    def data(self):
        self.data = None

    def _split_url(self):
        self.type, rest = _scheme_and_rest(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        host, self.selector = _authority_and_path(rest)
        self.host = unquote(host) if host else host

    def get_method(self):
        """The method: the one given, else POST with a body and GET without."""
        fallback = 'GET' if self.data is None else 'POST'
        return getattr(self, 'method', fallback)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        raise NotImplementedError("tpy's urllib.request has no proxy support")

    def has_proxy(self):
        # through a proxy the whole URL is sent as the selector
        return self.full_url == self.selector

    def add_header(self, key, val):
        self.headers[_header_name(key)] = val

    def add_unredirected_header(self, key, val):
        # not sent again when a redirect is followed
        self.unredirected_hdrs[_header_name(key)] = val

    def has_header(self, header_name):
        return any(header_name in table for table in (self.headers, self.unredirected_hdrs))

    def get_header(self, header_name, default=None):
        for table in (self.headers, self.unredirected_hdrs):
            if header_name in table:
                return table[header_name]
        return default

    def remove_header(self, header_name):
        for table in (self.headers, self.unredirected_hdrs):
            if header_name in table:
                del table[header_name]

    def header_items(self):
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


# -- the opener --

# methods whose names look like <scheme>_<kind> but are not part of the handler protocol
_NOT_PROTOCOL = frozenset(('redirect_request', 'do_open', 'proxy_open'))


class OpenerDirector:
    """Opens requests by passing them through its handlers' methods."""

    def __init__(self):
        self.addheaders = [('User-agent', 'Python-urllib/' + __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def _chain_for(self, method_name):
        """The list (kept sorted by handler_order) that a handler with method_name joins,
        or None when method_name is not a protocol method."""
        if method_name in _NOT_PROTOCOL:
            return None
        scheme, underscore, kind = method_name.partition('_')
        if not underscore:
            return None
        if kind.startswith('error'):
            # http_error_404 is filed under handle_error['http'][404]
            code = kind.partition('_')[2] or kind
            if code.isdigit():
                code = int(code)
            return self.handle_error.setdefault(scheme, {}).setdefault(code, [])
        by_kind = {'open': self.handle_open, 'request': self.process_request,
                   'response': self.process_response}.get(kind)
        if by_kind is None:
            return None
        return by_kind.setdefault(scheme, [])

    def add_handler(self, handler):
        if not hasattr(handler, 'add_parent'):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        chains = [self._chain_for(name) for name in dir(handler)]
        chains = [chain for chain in chains if chain is not None]
        if not chains:
            return   # a handler with nothing to offer is not kept
        for chain in chains:
            bisect.insort(chain, handler)
        bisect.insort(self.handlers, handler)
        handler.add_parent(self)

    def close(self):
        pass

    @staticmethod
    def _first_answer(chain, method_name, *args):
        # handlers are asked in order; None means "not mine, ask the next one"
        for handler in chain:
            answer = getattr(handler, method_name)(*args)
            if answer is not None:
                return answer
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Opens fullurl (a str or a Request), with data as the body if given."""
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        scheme = req.type
        for handler in self.process_request.get(scheme, ()):
            req = getattr(handler, scheme + '_request')(req)
        response = self._open(req, data)
        for handler in self.process_response.get(scheme, ()):
            response = getattr(handler, scheme + '_response')(req, response)
        return response

    def _open(self, req, data=None):
        # 'default' handlers get the first go, 'unknown' ones the last
        answer = None
        for key in ('default', req.type, 'unknown'):
            answer = self._first_answer(self.handle_open.get(key, ()), key + '_open', req)
            if answer:
                break
        return answer

    def error(self, proto, *args):
        """Hands an error to the handlers: error(proto, req, fp, code, msg, hdrs) for HTTP."""
        if proto not in ('http', 'https'):
            chain = self.handle_error.get(proto, {}).get('error', ())
            return self._first_answer(chain, proto + '_error', *args)
        by_code = self.handle_error.get('http', {})
        code = args[2]
        return (self._first_answer(by_code.get(code, ()), 'http_error_%s' % code, *args)
                or self._first_answer(by_code.get('default', ()), 'http_error_default', *args))


def _default_handler_classes():
    return (UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler, HTTPRedirectHandler,
            FileHandler, HTTPErrorProcessor, DataHandler)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, replaced or added to by handlers
    (classes or instances)."""
    def replaces(given, default):
        if isinstance(given, type):
            return issubclass(given, default)
        return isinstance(given, default)

    opener = OpenerDirector()
    for default in _default_handler_classes():
        if not any(replaces(given, default) for given in handlers):
            opener.add_handler(default())
    for given in handlers:
        opener.add_handler(given() if isinstance(given, type) else given)
    return opener


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        # a handler not derived from BaseHandler may lack handler_order: it sorts after us
        theirs = getattr(other, 'handler_order', None)
        return theirs is None or self.handler_order < theirs


class HTTPErrorProcessor(BaseHandler):
    """Sends a response whose status is not 2xx to the error handlers."""
    handler_order = 1000

    def http_response(self, request, response):
        status = response.code
        if 200 <= status < 300:
            return response
        return self.parent.error('http', request, response, status, response.msg, response.info())

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


# which statuses redirect_request follows for which methods; 307 and 308 keep the method,
# so following them with a body would mean sending the body again
_FOLLOWED = {301: ('GET', 'HEAD', 'POST'), 302: ('GET', 'HEAD', 'POST'),
             303: ('GET', 'HEAD', 'POST'), 307: ('GET', 'HEAD'), 308: ('GET', 'HEAD')}

# body headers are not carried to the redirected request, which has no body
_BODY_HEADERS = ('content-length', 'content-type')

_REDIRECT_SCHEMES = ('http', 'https', 'ftp', '')


def _location_of(headers):
    """The redirect target a 30x response names, or None."""
    for field in ('location', 'uri'):
        if field in headers:
            return headers[field]
    return None


def _absolute_target(base_url, location):
    parts = urlparse(location)
    if parts.netloc and not parts.path:
        parts = parts._replace(path='/')
    # headers were decoded as ISO-8859-1: back to those bytes, percent-encoded
    target = quote(urlunparse(parts), encoding='iso-8859-1', safe=string.punctuation)
    return urljoin(base_url, target)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 (at most max_redirections, each URL at most max_repeats times)."""
    max_repeats = 4
    max_redirections = 10

    inf_msg = ("The HTTP server returned a redirect error that would lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to send to newurl, or HTTPError when the redirect may not be followed
        (a 307 or 308 of anything but GET or HEAD: the body would have to be sent again)."""
        if req.get_method() not in _FOLLOWED.get(code, ()):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        carried = {name: value for name, value in req.headers.items()
                   if name.lower() not in _BODY_HEADERS}
        return Request(newurl.replace(' ', '%20'), headers=carried,
                       origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        location = _location_of(headers)
        if location is None:
            return None
        target = _absolute_target(req.full_url, location)
        if urlparse(target).scheme not in _REDIRECT_SCHEMES:
            reason = "%s - Redirection to url '%s' is not allowed" % (msg, target)
            raise HTTPError(target, code, reason, headers, fp)
        follow_up = self.redirect_request(req, fp, code, msg, headers, target)
        if follow_up is None:
            return None
        # every request of one redirect chain shares a count of the URLs it was sent to
        visits = getattr(req, '_redirect_visits', None)
        if visits is None:
            visits = req._redirect_visits = collections.Counter()
        elif visits[target] >= self.max_repeats or len(visits) >= self.max_redirections:
            raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        visits[target] += 1
        follow_up._redirect_visits = visits
        # drain the redirect's own body so its connection can be closed
        fp.read()
        fp.close()
        return self.parent.open(follow_up, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class AbstractHTTPHandler(BaseHandler):

    def __init__(self, debuglevel=None):
        if debuglevel is None:
            debuglevel = http.client.HTTPConnection.debuglevel
        self._debuglevel = debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return http.client.HTTPConnection._get_content_length(request.data, request.get_method())

    def _describe_body(self, request):
        """Content-type and a Content-length (or chunked Transfer-encoding) for the body."""
        if isinstance(request.data, str):
            raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. "
                            "It cannot be of type str.")
        if not request.has_header('Content-type'):
            request.add_unredirected_header('Content-type', 'application/x-www-form-urlencoded')
        if request.has_header('Content-length') or request.has_header('Transfer-encoding'):
            return
        size = self._get_content_length(request)
        if size is None:
            # an iterable's length is unknown before it is sent
            request.add_unredirected_header('Transfer-encoding', 'chunked')
        else:
            request.add_unredirected_header('Content-length', str(size))

    def do_request_(self, request):
        """Adds the headers the request needs: Content-type and Content-length (or chunked
        Transfer-encoding) for a body, Host, and the opener's User-agent."""
        if not request.host:
            raise URLError('no host given')
        if request.data is not None:
            self._describe_body(request)
        defaults = [('Host', request.host)]
        defaults += [(_header_name(name), value) for name, value in self.parent.addheaders]
        for name, value in defaults:
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Sends req on a new http_class connection (closed after the reply) and returns
        the response, with .url and .msg (the reason) set."""
        if not req.host:
            raise URLError('no host given')
        conn = http_class(req.host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        # unredirected headers win over ordinary ones of the same name
        outgoing = dict(req.unredirected_hdrs)
        for name, value in req.headers.items():
            outgoing.setdefault(name, value)
        # one request per connection: the server closes it after replying
        outgoing['Connection'] = 'close'
        outgoing = {name.title(): value for name, value in outgoing.items()}
        chunked = req.has_header('Transfer-encoding')
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data, outgoing, encode_chunked=chunked)
            except OSError as err:
                raise URLError(err)
            response = conn.getresponse()
        except BaseException:
            conn.close()
            raise
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        response.url = req.get_full_url()
        response.msg = response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class DataHandler(BaseHandler):
    """data: URLs (RFC 2397): 'data:[<mediatype>][;base64],<data>'."""

    def data_open(self, req):
        import base64
        import io
        import urllib.response
        from urllib.parse import unquote_to_bytes
        from http._message import HeaderMessage, parse_header_lines
        url = req.full_url
        header, comma, payload = url.partition(':')[2].partition(',')
        if not comma:
            # the message Python's own tuple unpacking gives for a missing ','
            raise ValueError('not enough values to unpack (expected 2, got 1)')
        body = unquote_to_bytes(payload)   # base64 text may be percent-quoted too
        if header.endswith(';base64'):
            header = header[:-len(';base64')]
            body = base64.decodebytes(body)
        media = header or 'text/plain;charset=US-ASCII'
        fields = 'Content-type: %s\nContent-length: %d\n' % (media, len(body))
        return urllib.response.addinfourl(io.BytesIO(body), parse_header_lines(fields, HeaderMessage()), url)


class FileHandler(BaseHandler):
    """file: URLs of this machine's files: the bytes, with Content-type, Content-length and
    Last-modified headers."""

    names = None   # the addresses that name this machine

    def file_open(self, req):
        url = req.selector
        if url[:2] == '//' and url[2:3] != '/' and (req.host and req.host != 'localhost'):
            if req.host not in self.get_names():
                raise URLError('file:// scheme is supported only on localhost')
        else:
            return self.open_local_file(req)

    def get_names(self):
        if FileHandler.names is None:
            try:
                FileHandler.names = tuple(socket.gethostbyname_ex('localhost')[2] +
                                          socket.gethostbyname_ex(socket.gethostname())[2])
            except socket.gaierror:
                FileHandler.names = (socket.gethostbyname('localhost'),)
        return FileHandler.names

    def open_local_file(self, req):
        import email
        import email.utils
        import mimetypes
        import os
        import urllib.response
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            modified = email.utils.formatdate(stats.st_mtime, usegmt=True)
            mtype = mimetypes.guess_type(filename)[0]
            headers = email.message_from_string('Content-type: %s\nContent-length: %d\nLast-modified: %s\n'
                                                % (mtype or 'text/plain', stats.st_size, modified))
            port = None
            if host:
                name, colon, port = host.rpartition(':')
                host, port = (name, port) if colon and port.isdigit() else (host, None)
            if not host or (not port and _address_of(host) in self.get_names()):
                origurl = 'file://' + (host or '') + filename
                return urllib.response.addinfourl(open(localfile, 'rb'), headers, origurl)
        except OSError as exp:
            raise URLError(exp)
        raise URLError('file not on local host')


def _address_of(host):
    try:
        return socket.gethostbyname(host)
    except socket.gaierror:
        return None


class UnknownHandler(BaseHandler):

    def unknown_open(self, req):
        scheme = req.type
        if scheme == 'https':
            # DIVERGENCE: tpy has no ssl module, so (as a CPython built without ssl) no
            # HTTPSHandler; the reason says why
            raise URLError('unknown url type: https (tpy has no SSL support)')
        raise URLError('unknown url type: %s' % scheme)


def pathname2url(pathname):
    """A file system path as the path part of a file: URL."""
    return quote(pathname)


def url2pathname(pathname):
    """The path part of a file: URL as a file system path."""
    return unquote(pathname)
