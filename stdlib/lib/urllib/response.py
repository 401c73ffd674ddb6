"""urllib.response: the wrappers urllib hands out around a file-like body (addinfourl and its bases)."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A file-like body: reading is the wrapped fp's, and it closes as a context manager."""

    def __init__(self, fp):
        # `file` is the historical alias of `fp`; both stay public
        self.fp = self.file = fp

    # reading goes straight to the wrapped object
    def read(self, *args):
        return self.fp.read(*args)

    def readline(self, *args):
        return self.fp.readline(*args)

    def readlines(self, *args):
        return self.fp.readlines(*args)

    def fileno(self):
        return self.fp.fileno()

    def __iter__(self):
        return iter(self.fp)

    @property
    def closed(self):
        wrapped = self.fp
        return True if wrapped is None else bool(getattr(wrapped, 'closed', False))

    def close(self):
        if self.fp is not None:
            self.fp.close()

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self)!r} whose fp = {self.fp!r}>'

    def __enter__(self):
        if not self.closed:
            return self
        raise ValueError('I/O operation on closed file')

    def __exit__(self, *exc_info):
        self.close()


class addclosehook(addbase):
    """Calls closehook(*hookargs) once, when first closed."""

    def __init__(self, fp, closehook, *hookargs):
        addbase.__init__(self, fp)
        self.closehook, self.hookargs = closehook, hookargs

    def close(self):
        # the hook is dropped before it runs so a second close (or a failing hook) never repeats it
        hook, self.closehook = self.closehook, None
        try:
            if hook is not None:
                hook(*self.hookargs)
        finally:
            addbase.close(self)


class addinfo(addbase):
    """A body with its headers (info())."""

    def __init__(self, fp, headers):
        addbase.__init__(self, fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """A body with its headers, URL and status code."""

    def __init__(self, fp, headers, url, code=None):
        addinfo.__init__(self, fp, headers)
        self.url, self.code = url, code

    def geturl(self):
        return self.url

    def getcode(self):
        return self.code

    status = property(getcode)
