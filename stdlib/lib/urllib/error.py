"""urllib.error: URLError (what urlopen raises for a failure) and HTTPError (a reply with an error status, readable as a response)."""

import io
import urllib.response

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    # reason: the cause, an exception (ConnectionRefusedError, ...) or a str
    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError, urllib.response.addinfourl):
    """A reply whose status is an error; also the response itself (read(), headers, code)."""

    __super_init = urllib.response.addinfourl.__init__

    def __init__(self, url, code, msg, hdrs, fp):
        # OSError.__new__ took the five arguments as errno, strerror, filename...: an
        # HTTPError has none of those, as in CPython, whose __init__ does not pass them on
        self.args = ()
        self.errno = self.strerror = None
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        if fp is None:
            fp = io.BytesIO()
        self.__super_init(fp, hdrs, url, code)

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers


class ContentTooShortError(URLError):
    """urlretrieve got less data than the Content-Length announced."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
