"""The email package: messages as objects, parsed from and written back to RFC 5322 text.

tpy's own implementation. The modules below are loaded when first imported; this
file holds only the four entry points that build a message from text.
"""

__all__ = [
    'base64mime', 'charset', 'encoders', 'errors', 'feedparser', 'generator',
    'header', 'iterators', 'message', 'message_from_file', 'message_from_binary_file',
    'message_from_string', 'message_from_bytes', 'mime', 'parser', 'quoprimime', 'utils',
]


def message_from_string(s, *args, **kws):
    """Parse text into a Message (Parser(*args, **kws).parsestr(s))."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """Parse bytes into a Message (BytesParser(*args, **kws).parsebytes(s))."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """Parse an open text file into a Message."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """Parse an open binary file into a Message."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
