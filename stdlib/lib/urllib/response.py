"""urllib.response: the wrappers urllib hands out around a file-like body (addinfourl and its bases)."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A file-like body: reading is the wrapped fp's, and it closes as a context manager."""

    def __init__(self, fp):
        self.fp = fp
        self.file = fp

    def read(self, *args):
        return self.fp.read(*args)

    def readline(self, *args):
        return self.fp.readline(*args)

    def readlines(self, *args):
        return self.fp.readlines(*args)

    def __iter__(self):
        return iter(self.fp)

    def fileno(self):
        return self.fp.fileno()

    @property
    def closed(self):
        return self.fp is None or getattr(self.fp, 'closed', False)

    def close(self):
        fp = self.fp
        if fp is not None:
            fp.close()

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (type(self).__name__, id(self), self.fp)

    def __enter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()


class addclosehook(addbase):
    """Calls closehook(*hookargs) once, when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            hook = self.closehook
            if hook is not None:
                self.closehook = None
                hook(*self.hookargs)
        finally:
            super().close()


class addinfo(addbase):
    """A body with its headers (info())."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """A body with its headers, URL and status code."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
