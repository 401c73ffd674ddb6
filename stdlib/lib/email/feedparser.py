"""FeedParser: a message parser that takes its text in pieces (feed) and builds
the message when told the text is complete (close). It never raises on bad
input: what it finds wrong is recorded as defects on the message."""

__all__ = ['FeedParser', 'BytesFeedParser']

import re

from email import errors
from email._policybase import compat32

NLCRE = re.compile(r'\r\n|\r|\n')
NLCRE_bol = re.compile(r'(\r\n|\r|\n)')
NLCRE_eol = re.compile(r'(\r\n|\r|\n)\Z')
NLCRE_crack = re.compile(r'(\r\n|\r|\n)')
# a header line, a continuation line, or a Unix From_ line
headerRE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')
EMPTYSTRING = ''
NL = '\n'


def _split_lines(text):
    """Lines with their endings (\\r\\n, \\r or \\n), the last one possibly without."""
    lines = []
    start = 0
    for m in NLCRE.finditer(text):
        lines.append(text[start:m.end()])
        start = m.end()
    if start < len(text):
        lines.append(text[start:])
    return lines


class _LineReader:
    """The message's lines, read one at a time; a stack of predicates makes a
    matching line look like the end of the input (the end of a part)."""

    def __init__(self, lines):
        self._lines = lines
        self._pos = 0
        self._stops = []

    def push_eof_matcher(self, pred):
        self._stops.append(pred)

    def pop_eof_matcher(self):
        return self._stops.pop()

    def readline(self):
        if self._pos >= len(self._lines):
            return ''
        line = self._lines[self._pos]
        if any(stop(line) for stop in self._stops):
            return ''
        self._pos += 1
        return line

    def unreadline(self, line):
        self._pos -= 1

    def rest(self):
        out = []
        while True:
            line = self.readline()
            if line == '':
                return out
            out.append(line)


def _strip_eol(text):
    m = NLCRE_eol.search(text)
    return text[:-len(m.group(0))] if m else text


class FeedParser:

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._old_style_factory = False
        if _factory is None:
            if policy.message_factory is None:
                from email.message import Message
                self._factory = Message
            else:
                self._factory = policy.message_factory
        else:
            self._factory = _factory
            try:
                _factory(policy=self.policy)
            except TypeError:
                self._old_style_factory = True   # a factory without a policy argument
        self._chunks = []
        self._headersonly = False
        self._closed = False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Add text to what will be parsed."""
        self._chunks.append(data)

    def close(self):
        """Parse everything fed and return the root message."""
        reader = _LineReader(_split_lines(EMPTYSTRING.join(self._chunks)))
        self._chunks = []
        root = self._parse(reader, None)
        if root.get_content_maintype() == 'multipart' \
                and not root.is_multipart() and not self._headersonly:
            self.policy.handle_defect(root, errors.MultipartInvariantViolationDefect())
        return root

    def _new_message(self, parent):
        msg = self._factory() if self._old_style_factory else self._factory(policy=self.policy)
        if parent is not None:
            if parent.get_content_type() == 'multipart/digest':
                msg.set_default_type('message/rfc822')
            parent.attach(msg)
        self._last = msg
        return msg

    def _parse(self, reader, parent):
        """One message from the reader (up to its end or a parent's boundary)."""
        msg = self._new_message(parent)
        headers = []
        while True:
            line = reader.readline()
            if line == '':
                break
            if not headerRE.match(line):
                if not NLCRE.match(line):
                    # no blank line between the headers and the body
                    self.policy.handle_defect(msg, errors.MissingHeaderBodySeparatorDefect())
                    reader.unreadline(line)
                break
            headers.append(line)
        self._parse_headers(msg, headers, reader)
        if self._headersonly:
            msg.set_payload(EMPTYSTRING.join(reader.rest()))
            return msg
        if msg.get_content_type() == 'message/delivery-status':
            self._parse_delivery_status(msg, reader)
        elif msg.get_content_maintype() == 'message':
            self._parse(reader, msg)
        elif msg.get_content_maintype() == 'multipart':
            self._parse_multipart(msg, reader)
        else:
            msg.set_payload(EMPTYSTRING.join(reader.rest()))
        return msg

    def _parse_delivery_status(self, msg, reader):
        # blocks of headers separated by blank lines, each a sub-message
        while True:
            reader.push_eof_matcher(NLCRE.match)
            self._parse(reader, msg)
            reader.pop_eof_matcher()
            reader.readline()           # the blank line
            line = reader.readline()
            if line == '':
                break
            reader.unreadline(line)

    def _parse_multipart(self, msg, reader):
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(EMPTYSTRING.join(reader.rest()))
            return
        if str(msg.get('content-transfer-encoding', '8bit')).lower() \
                not in ('7bit', '8bit', 'binary'):
            self.policy.handle_defect(msg, errors.InvalidMultipartContentTransferEncodingDefect())
        boundary_re = re.compile('(?P<sep>' + re.escape('--' + boundary) +
                                 r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')
        in_preamble = True
        preamble = []
        linesep = False
        closed = False
        while True:
            line = reader.readline()
            if line == '':
                break
            m = boundary_re.match(line)
            if not m:
                preamble.append(line)
                continue
            if m.group('end'):
                closed = True
                linesep = m.group('linesep')
                break
            if in_preamble:
                if preamble:
                    preamble[-1] = _strip_eol(preamble[-1])
                    msg.preamble = EMPTYSTRING.join(preamble)
                in_preamble = False
            # skip repeated boundary lines, then read the part up to the next one
            while True:
                line = reader.readline()
                if not boundary_re.match(line):
                    if line != '':
                        reader.unreadline(line)
                    break
            reader.push_eof_matcher(boundary_re.match)
            self._parse(reader, msg)
            reader.pop_eof_matcher()
            # the line ending before a boundary belongs to the boundary: take it
            # off the message parsed last (the deepest one)
            last = self._last
            if last.get_content_maintype() == 'multipart':
                epilogue = last.epilogue
                if epilogue == '':
                    last.epilogue = None
                elif epilogue is not None:
                    last.epilogue = _strip_eol(epilogue)
            elif isinstance(last._payload, str):
                last._payload = _strip_eol(last._payload)
            self._last = msg
        if in_preamble:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload(EMPTYSTRING.join(preamble))
            reader.rest()
            msg.epilogue = ''
            return
        if not closed:
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
            return
        epilogue = [''] if linesep else []
        epilogue += reader.rest()
        if epilogue:
            m = NLCRE_bol.match(epilogue[0])
            if m:
                epilogue[0] = epilogue[0][len(m.group(0)):]
        msg.epilogue = EMPTYSTRING.join(epilogue)

    def _parse_headers(self, msg, lines, reader):
        name = ''
        value_lines = []
        for lineno, line in enumerate(lines):
            if line[0] in ' \t':
                if not name:
                    self.policy.handle_defect(msg, errors.FirstHeaderLineIsContinuationDefect(line))
                    continue
                value_lines.append(line)
                continue
            if name:
                msg.set_raw(*self.policy.header_source_parse(value_lines))
                name, value_lines = '', []
            if line.startswith('From '):
                if lineno == 0:
                    msg.set_unixfrom(_strip_eol(line))
                    continue
                if lineno == len(lines) - 1:
                    # a From_ line ending the headers starts the body
                    reader.unreadline(line)
                    return
                msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            colon = line.find(':')
            if colon == 0:
                msg.defects.append(errors.InvalidHeaderDefect("Missing header name."))
                continue
            name = line[:colon]
            value_lines = [line]
        if name:
            msg.set_raw(*self.policy.header_source_parse(value_lines))


class BytesFeedParser(FeedParser):
    """A FeedParser for bytes: non-ASCII bytes are kept as surrogate escapes."""

    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))
