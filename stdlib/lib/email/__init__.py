"""The email package: messages as objects, parsed from and written back to RFC 5322 text.

tpy's own implementation. The modules below are loaded when first imported; this
file holds only the four entry points that build a message from text.
"""

__all__ = [
    'base64mime', 'charset', 'encoders', 'errors', 'feedparser', 'generator',
    'header', 'iterators', 'message', 'message_from_file', 'message_from_binary_file',
    'message_from_string', 'message_from_bytes', 'mime', 'parser', 'quoprimime', 'utils',
]


def _parse_with(parser_name, method, source, args, kws):
    import email.parser
    return getattr(getattr(email.parser, parser_name)(*args, **kws), method)(source)


def message_from_string(s, *args, **kws):
    """Parse text into a Message (Parser(*args, **kws).parsestr(s))."""
    return _parse_with('Parser', 'parsestr', s, args, kws)


def message_from_bytes(s, *args, **kws):
    """Parse bytes into a Message (BytesParser(*args, **kws).parsebytes(s))."""
    return _parse_with('BytesParser', 'parsebytes', s, args, kws)


def message_from_file(fp, *args, **kws):
    """Parse an open text file into a Message."""
    return _parse_with('Parser', 'parse', fp, args, kws)


def message_from_binary_file(fp, *args, **kws):
    """Parse an open binary file into a Message."""
    return _parse_with('BytesParser', 'parse', fp, args, kws)
