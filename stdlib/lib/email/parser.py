"""Parsers that build a message from a whole text or binary file or string."""

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser',
           'FeedParser', 'BytesFeedParser']

from io import StringIO

from email.feedparser import FeedParser, BytesFeedParser
from email._policybase import compat32


class Parser:

    def __init__(self, _class=None, *, policy=compat32):
        """_class makes the message objects (the policy's message_factory by default)."""
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        """The message in a text file; with headersonly the body stays one string."""
        feeder = FeedParser(self._class, policy=self.policy)
        if headersonly:
            feeder._set_headersonly()
        while True:
            data = fp.read(8192)
            if not data:
                break
            feeder.feed(data)
        return feeder.close()

    def parsestr(self, text, headersonly=False):
        """The message in a string."""
        return self.parse(StringIO(text), headersonly)


class HeaderParser(Parser):
    """A Parser that parses only the headers."""

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)

    def parsestr(self, text, headersonly=True):
        return super().parsestr(text, headersonly=True)


class BytesParser:

    def __init__(self, *args, **kw):
        """Takes the arguments of Parser."""
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        """The message in a binary file (non-ASCII bytes kept as surrogate escapes)."""
        # read whole: the text is needed whole anyway (non-ASCII bytes become
        # surrogate escapes, as a TextIOWrapper with surrogateescape would give)
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        return self.parser.parsestr(text.decode('ASCII', errors='surrogateescape'), headersonly)


class BytesHeaderParser(BytesParser):

    def parse(self, fp, headersonly=True):
        return super().parse(fp, True)

    def parsebytes(self, text, headersonly=True):
        return super().parsebytes(text, True)
