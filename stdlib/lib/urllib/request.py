"""urllib.request: urlopen, Request, and the opener whose handlers open URLs, follow redirects and turn error statuses into HTTPError.

An OpenerDirector finds a handler's methods by name: <scheme>_open opens a request,
<scheme>_request and <scheme>_response pre- and post-process it, http_error_<code>
handles an error status (http_error_default any status no other handler took).
Handlers run in the order of their handler_order. tpy opens http:// URLs only: there
is no SSL (https) and no FTP; file: URLs are not opened either.
"""

import bisect
import re
import socket
import string
import sys
import http.client
from urllib.error import URLError, HTTPError
from urllib.parse import urlparse, urlunparse, urljoin, quote, unquote

__all__ = ['Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
           'HTTPRedirectHandler', 'HTTPHandler', 'UnknownHandler', 'HTTPErrorProcessor',
           'urlopen', 'install_opener', 'build_opener', 'pathname2url', 'url2pathname']

__version__ = '%d.%d' % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *,
            cafile=None, capath=None, cadefault=False, context=None):
    """Opens url (a str or a Request) and returns the response; raises URLError or HTTPError."""
    global _opener
    if cafile or capath or cadefault:
        raise NotImplementedError("tpy has no SSL: urlopen() cannot take cafile, capath or cadefault")
    opener = _opener
    if opener is None:
        opener = _opener = build_opener()
    return opener.open(url, data, timeout)


def install_opener(opener):
    global _opener
    _opener = opener


# -- URL pieces --

def _unwrap(url):
    """'<URL:http://x/>' -> 'http://x/'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


_scheme_re = re.compile('([^/:]+):(.*)', re.DOTALL)
_host_re = re.compile('//([^/#?]*)(.*)', re.DOTALL)
_port_re = re.compile(r':\d+$', re.ASCII)


def _split_scheme(url):
    m = _scheme_re.match(url)
    if m:
        return m.group(1).lower(), m.group(2)
    return None, url


def _split_host(url):
    m = _host_re.match(url)
    if m:
        host, path = m.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host, path
    return None, url


def request_host(request):
    """The request's host name, lower case and without its port."""
    host = urlparse(request.full_url)[1]
    if host == "":
        host = request.get_header("Host", "")
    return _port_re.sub("", host, 1).lower()


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
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        url = _unwrap(url)
        base, sep, fragment = url.rpartition('#')
        if sep:
            self._full_url, self.fragment = base, fragment
        else:
            self._full_url, self.fragment = url, None
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            # a new body needs its length worked out again
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _split_scheme(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _split_host(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        """The method: the one given, else POST with a body and GET without."""
        default = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        raise NotImplementedError("tpy's urllib.request has no proxy support")

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        # not sent again when a redirect is followed
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        return list({**self.unredirected_hdrs, **self.headers}.items())


# -- the opener --

class OpenerDirector:
    """Opens requests by passing them through its handlers' methods."""

    def __init__(self):
        self.addheaders = [('User-agent', 'Python-urllib/%s' % __version__)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def add_handler(self, handler):
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        added = False
        for name in dir(handler):
            if name in ("redirect_request", "do_open", "proxy_open"):
                continue
            scheme, sep, kind = name.partition('_')
            if not sep:
                continue
            if kind.startswith("error"):
                # http_error_404 -> handle_error['http'][404]; <scheme>_error -> handle_error[scheme]
                rest = kind[len("error"):]
                if rest.startswith('_'):
                    rest = rest[1:]
                key = int(rest) if rest.isdigit() else rest
                table = self.handle_error.setdefault(scheme, {})
            elif kind == "open":
                key = scheme
                table = self.handle_open
            elif kind == "response":
                key = scheme
                table = self.process_response
            elif kind == "request":
                key = scheme
                table = self.process_request
            else:
                continue
            handlers = table.setdefault(key, [])
            if handlers:
                bisect.insort(handlers, handler)
            else:
                handlers.append(handler)
            added = True
        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        # the first handler to return something other than None wins
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result
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
        protocol = req.type
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, protocol + "_request")(req)
        response = self._open(req, data)
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, protocol + "_response")(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, 'default', 'default_open', req)
        if result:
            return result
        protocol = req.type
        result = self._call_chain(self.handle_open, protocol, protocol + '_open', req)
        if result:
            return result
        return self._call_chain(self.handle_open, 'unknown', 'unknown_open', req)

    def error(self, proto, *args):
        """Hands an error to the handlers: error(proto, req, fp, code, msg, hdrs) for HTTP."""
        if proto in ('http', 'https'):
            table = self.handle_error['http']
            code = args[2]
            result = self._call_chain(table, code, 'http_error_%s' % code, *args)
            if result:
                return result
            return self._call_chain(table, 'default', 'http_error_default', *args)
        return self._call_chain(self.handle_error, proto, proto + '_error', *args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, replaced or added to by handlers
    (classes or instances)."""
    opener = OpenerDirector()
    defaults = [UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler, HTTPRedirectHandler,
                HTTPErrorProcessor, DataHandler]
    replaced = set()
    for klass in defaults:
        for given in handlers:
            if isinstance(given, type):
                if issubclass(given, klass):
                    replaced.add(klass)
            elif isinstance(given, klass):
                replaced.add(klass)
    for klass in defaults:
        if klass not in replaced:
            opener.add_handler(klass())
    for given in handlers:
        if isinstance(given, type):
            given = given()
        opener.add_handler(given)
    return opener


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            # other handlers may not derive from BaseHandler
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Sends a response whose status is not 2xx to the error handlers."""
    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not (200 <= code < 300):
            response = self.parent.error('http', request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 (at most max_redirections, each URL at most max_repeats times)."""
    max_repeats = 4
    max_redirections = 10

    inf_msg = ("The HTTP server returned a redirect error that would lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to send to newurl, or HTTPError when the redirect may not be followed
        (a 307 or 308 of anything but GET or HEAD: the body would have to be sent again)."""
        m = req.get_method()
        if (not (code in (301, 302, 303, 307, 308) and m in ("GET", "HEAD")
                 or code in (301, 302, 303) and m == "POST")):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(' ', '%20')
        kept = {k: v for k, v in req.headers.items()
                if k.lower() not in ("content-length", "content-type")}
        return Request(newurl, headers=kept, origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return None
        parts = urlparse(newurl)
        if not parts.path and parts.netloc:
            parts = list(parts)
            parts[2] = "/"
        newurl = urlunparse(parts)
        # headers were decoded as ISO-8859-1: back to those bytes, percent-encoded
        newurl = quote(newurl, encoding="iso-8859-1", safe=string.punctuation)
        newurl = urljoin(req.full_url, newurl)
        scheme = urlparse(newurl).scheme
        if scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code, "%s - Redirection to url '%s' is not allowed" % (msg, newurl),
                            headers, fp)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None
        if hasattr(req, 'redirect_dict'):
            visited = new.redirect_dict = req.redirect_dict
            if visited.get(newurl, 0) >= self.max_repeats or len(visited) >= self.max_redirections:
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        # the redirect's own body is read and dropped, so its connection can close
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class AbstractHTTPHandler(BaseHandler):

    def __init__(self, debuglevel=None):
        self._debuglevel = debuglevel if debuglevel is not None else http.client.HTTPConnection.debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def _get_content_length(self, request):
        return http.client.HTTPConnection._get_content_length(request.data, request.get_method())

    def do_request_(self, request):
        """Adds the headers the request needs: Content-type and Content-length (or chunked
        Transfer-encoding) for a body, Host, and the opener's User-agent."""
        host = request.host
        if not host:
            raise URLError('no host given')
        if request.data is not None:
            data = request.data
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. "
                                "It cannot be of type str.")
            if not request.has_header('Content-type'):
                request.add_unredirected_header('Content-type', 'application/x-www-form-urlencoded')
            if not request.has_header('Content-length') and not request.has_header('Transfer-encoding'):
                length = self._get_content_length(request)
                if length is not None:
                    request.add_unredirected_header('Content-length', str(length))
                else:
                    request.add_unredirected_header('Transfer-encoding', 'chunked')
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Sends req on a new http_class connection (closed after the reply) and returns
        the response, with .url and .msg (the reason) set."""
        host = req.host
        if not host:
            raise URLError('no host given')
        h = http_class(host, timeout=req.timeout, **http_conn_args)
        h.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        headers["Connection"] = "close"
        headers = {name.title(): value for name, value in headers.items()}
        try:
            try:
                h.request(req.get_method(), req.selector, req.data, headers,
                          encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            r = h.getresponse()
        except:
            h.close()
            raise
        if h.sock:
            h.sock.close()
            h.sock = None
        r.url = req.get_full_url()
        r.msg = r.reason
        return r


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
        scheme, data = url.split(":", 1)
        mediatype, data = data.split(",", 1)
        data = unquote_to_bytes(data)   # base64 data may be percent-quoted too
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-7]
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = parse_header_lines("Content-type: %s\nContent-length: %d\n" % (mediatype, len(data)),
                                     HeaderMessage())
        return urllib.response.addinfourl(io.BytesIO(data), headers, url)


class UnknownHandler(BaseHandler):

    def unknown_open(self, req):
        kind = req.type
        if kind == 'https':
            # DIVERGENCE: tpy has no ssl module, so (as a CPython built without ssl) no
            # HTTPSHandler; the reason says why
            raise URLError('unknown url type: https (tpy has no SSL support)')
        raise URLError('unknown url type: %s' % kind)


def pathname2url(pathname):
    """A file system path as the path part of a file: URL."""
    return quote(pathname)


def url2pathname(pathname):
    """The path part of a file: URL as a file system path."""
    return unquote(pathname)
