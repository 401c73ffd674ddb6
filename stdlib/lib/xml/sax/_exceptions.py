"""The SAX exceptions (xml.sax's), as CPython 3.11 has them."""


class SAXException(Exception):
    """An error or warning of a SAX parser or application; may wrap another exception."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        # not a sequence (older code indexed exceptions)
        raise AttributeError('__getitem__')


class SAXParseException(SAXException):
    """A parse error, located by the parser's locator when it was raised."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        # The position now: the locator moves on as parsing goes on.
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        where = self.getSystemId() or '<unknown>'
        line = self.getLineNumber()
        col = self.getColumnNumber()
        return '%s:%s:%s: %s' % (where, '?' if line is None else line, '?' if col is None else col, self._msg)


class SAXNotRecognizedException(SAXException):
    """A feature or property the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A feature or property the reader knows but cannot give or set now."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """A parser module that cannot make a reader."""
