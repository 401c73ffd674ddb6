"""xml.sax for tpy: the Simple API for XML over xml.parsers.expat (tpy's Expat work-alike).

parse()/parseString() drive a ContentHandler; make_parser() gives the expat reader; the
handler interfaces are in xml.sax.handler, the helpers (escape, quoteattr, XMLGenerator) in
xml.sax.saxutils.
"""

from .xmlreader import InputSource
from .handler import ContentHandler, ErrorHandler
from ._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                          SAXNotSupportedException, SAXReaderNotAvailable)

default_parser_list = ['xml.sax.expatreader']


def parse(source, handler, errorHandler=ErrorHandler()):
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    parser.parse(source)


def make_parser(parser_list=()):
    """A SAX reader from the first module named that can make one (the expat reader last)."""
    import importlib
    for name in list(parser_list) + default_parser_list:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        try:
            return module.create_parser()
        except SAXReaderNotAvailable:
            continue
    raise SAXReaderNotAvailable('No parsers found', None)
