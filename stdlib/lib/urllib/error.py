"""urllib.error: URLError (what urlopen raises for a failure) and HTTPError (a reply with an error status, readable as a response)."""

from io import BytesIO as _EmptyBody
from urllib.response import addinfourl as _Reply

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """Why a URL could not be opened; `reason` is an exception (ConnectionRefusedError, ...) or a str."""

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        # OSError always has .filename (None); only a given one replaces it
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return f'<urlopen error {self.reason}>'


class HTTPError(URLError, _Reply):
    """A reply whose status is an error; also the response itself (read(), headers, code)."""

    def __init__(self, url, code, msg, hdrs, fp):
        # OSError.__new__ saw the five arguments as errno, strerror, filename...; an HTTPError
        # carries none of them, so they are reset and args stays empty
        self.args = ()
        self.errno = None
        self.strerror = None
        self.filename = url
        self.code, self.msg, self.hdrs, self.fp = code, msg, hdrs, fp
        # with no body the error still reads as an empty response
        _Reply.__init__(self, _EmptyBody() if fp is None else fp, hdrs, url, code)

    def __str__(self):
        return f'HTTP Error {self.code}: {self.msg}'

    def __repr__(self):
        return f'<HTTPError {self.code}: {self.msg!r}>'

    # the reason of an HTTP failure is its status phrase
    reason = property(lambda self: self.msg)

    def _set_headers(self, value):
        self.hdrs = value

    headers = property(lambda self: self.hdrs, _set_headers)


class ContentTooShortError(URLError):
    """urlretrieve got less data than the Content-Length announced."""

    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
