"""The exceptions the email package raises, and the defects it records on messages."""


class MessageError(Exception):
    """Root of the email package's errors."""


class MessageParseError(MessageError):
    """Text that could not be parsed as a message."""


class HeaderParseError(MessageParseError):
    """A header that could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary that could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """attach() on a message whose payload is not a list."""


class CharsetError(MessageError):
    """A character set that is not known."""


class MessageDefect(ValueError):
    """Something wrong found while parsing; kept in a message's .defects, not raised."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


def _defect(name, doc, base=MessageDefect):
    return type(name, (base,), {'__doc__': doc, '__module__': __name__})


NoBoundaryInMultipartDefect = _defect('NoBoundaryInMultipartDefect', 'A multipart without a boundary parameter.')
StartBoundaryNotFoundDefect = _defect('StartBoundaryNotFoundDefect', 'The first boundary line is missing.')
CloseBoundaryNotFoundDefect = _defect('CloseBoundaryNotFoundDefect', 'The closing boundary line is missing.')
FirstHeaderLineIsContinuationDefect = _defect('FirstHeaderLineIsContinuationDefect', 'The first header line starts with whitespace.')
MisplacedEnvelopeHeaderDefect = _defect('MisplacedEnvelopeHeaderDefect', "A 'Unix From' line among the headers.")
MissingHeaderBodySeparatorDefect = _defect('MissingHeaderBodySeparatorDefect', 'A line that is neither a header nor the blank separator.')
MalformedHeaderDefect = MissingHeaderBodySeparatorDefect
MultipartInvariantViolationDefect = _defect('MultipartInvariantViolationDefect', 'A multipart/* content type whose body is not multipart.')
InvalidMultipartContentTransferEncodingDefect = _defect('InvalidMultipartContentTransferEncodingDefect', 'A multipart with a transfer encoding other than 7bit, 8bit or binary.')
UndecodableBytesDefect = _defect('UndecodableBytesDefect', 'Bytes that the declared charset cannot decode.')
InvalidBase64PaddingDefect = _defect('InvalidBase64PaddingDefect', 'base64 text with wrong padding.')
InvalidBase64CharactersDefect = _defect('InvalidBase64CharactersDefect', 'base64 text with characters outside the alphabet.')
InvalidBase64LengthDefect = _defect('InvalidBase64LengthDefect', 'base64 text whose length is not a multiple of 4.')


class HeaderDefect(MessageDefect):
    """Something wrong in one header."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


InvalidHeaderDefect = _defect('InvalidHeaderDefect', 'A header that could not be parsed.', HeaderDefect)
HeaderMissingRequiredValue = _defect('HeaderMissingRequiredValue', 'A header that needs a value has none.', HeaderDefect)
ObsoleteHeaderDefect = _defect('ObsoleteHeaderDefect', 'A header in the obsolete RFC 822 syntax.', HeaderDefect)
NonASCIILocalPartDefect = _defect('NonASCIILocalPartDefect', 'A local part with non-ASCII characters.', HeaderDefect)
InvalidDateDefect = _defect('InvalidDateDefect', 'A date header that could not be parsed.', HeaderDefect)


class NonPrintableDefect(HeaderDefect):
    """A header with characters that cannot be printed."""

    def __init__(self, non_printables):
        self.non_printables = non_printables
        super().__init__(non_printables)

    def __str__(self):
        return "the following ASCII non-printables found in header: %s" % (self.non_printables,)
