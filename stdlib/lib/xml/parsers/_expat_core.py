# The XML scanner behind xml.parsers.expat: it reads a document fed in pieces, checks it
# is well-formed as Expat does (same error codes, reported at the same line and column)
# and calls the handlers set on the parser object.

from xml.parsers import _expat_errors as E
from xml.parsers._expat_names import (
    NAME, SPACE, SPACE_CHARS, BAD_CHAR, TEXT, START_TAG, ATTRIBUTE, END_TAG,
    REFERENCE, VALUE_SPACE, is_xml_char)
from xml.parsers import _expat_dtd, _expat_prolog
from xml.parsers._expat_decode import ByteDecoder

XML_NS = 'http://www.w3.org/XML/1998/namespace'
XMLNS_NS = 'http://www.w3.org/2000/xmlns/'
PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}

# where the scanner is in the document
PROLOG, CONTENT, EPILOG = 0, 1, 2
NEED_MORE = -1


class ExpatError(Exception):
    pass


class Scanner:
    StartElementHandler = None
    EndElementHandler = None
    CharacterDataHandler = None
    CommentHandler = None
    ProcessingInstructionHandler = None
    StartNamespaceDeclHandler = None
    EndNamespaceDeclHandler = None
    StartDoctypeDeclHandler = None
    EndDoctypeDeclHandler = None
    XmlDeclHandler = None
    DefaultHandler = None
    DefaultHandlerExpand = None
    SkippedEntityHandler = None
    StartCdataSectionHandler = None
    EndCdataSectionHandler = None
    EntityDeclHandler = None
    ordered_attributes = False
    specified_attributes = False
    buffer_text = False
    buffer_size = 8192
    namespace_prefixes = False

    def __init__(self, encoding, namespace_separator):
        self._sep = namespace_separator
        self._decoder = ByteDecoder(encoding)
        self._buf = ''
        self._pos = 0
        self._line = 1          # line and column of self._buf[0]
        self._col = 0
        self._pending_cr = False
        self._state = PROLOG
        self._at_start = True   # nothing read yet: an XML declaration may come
        self._seen_doctype = False
        self._stack = []        # open elements: (qname, prefixes declared on it)
        self._ns = {'xml': XML_NS}
        self._text = []
        self._finished = False
        self._entity_refpos = None   # set while expanding an entity: errors point at its reference
        self._open_entities = []
        self.entities = {}           # name -> replacement text (internal general entities)
        self.external_entities = set()
        self.attribute_defaults = {}  # element name -> [(attribute, value)]
        self.dtd_skips = False        # an unread external subset or parameter entity
        self.standalone = -1
        self.ErrorCode = 0
        self.ErrorByteIndex = -1
        self._error_at = None         # (line, column) of the error that stopped the parser
        self._event_pos = 0           # where the event being reported starts, in self._buf

    # ---- errors and positions

    @property
    def CurrentLineNumber(self):
        return self._where(max(self._event_pos, 0))[0]

    @property
    def CurrentColumnNumber(self):
        return self._where(max(self._event_pos, 0))[1]

    # pyexpat's Error* positions are Expat's current ones (XML_GetCurrentLineNumber): the
    # event being reported while parsing, the error once one has stopped the parser.
    @property
    def ErrorLineNumber(self):
        return self._error_at[0] if self._error_at is not None else self.CurrentLineNumber

    @property
    def ErrorColumnNumber(self):
        return self._error_at[1] if self._error_at is not None else self.CurrentColumnNumber

    def _where(self, pos):
        buf = self._buf
        nl = buf.rfind('\n', 0, pos)
        if nl < 0:
            return self._line, self._col + pos
        return self._line + buf.count('\n', 0, pos), pos - nl - 1

    def _err(self, code, pos):
        if self._entity_refpos is not None:
            pos = self._entity_refpos
        line, col = self._where(pos)
        self._fail(code, line, col)

    def _fail(self, code, line, col):
        self.ErrorCode = code
        self._error_at = (line, col)
        self._finished = True
        err = ExpatError('%s: line %d, column %d' % (E.MESSAGES[code], line, col))
        err.code = code
        err.lineno = line
        err.offset = col
        raise err

    def _need(self, pos, final, code=E.UNCLOSED_TOKEN):
        if final:
            self._err(code, pos)
        return NEED_MORE

    # ---- input

    def Parse(self, data, isfinal=False):
        if self._finished:
            # after an error Expat answers that error again; after the end, "parsing finished"
            self._fail(self.ErrorCode or 36, self.ErrorLineNumber, self.ErrorColumnNumber)
        if isinstance(data, str):
            text = data
            decode_error = None
        else:
            text, decode_error = self._decoder.decode(bytes(data), isfinal)
            if self._decoder.wrong_declaration is not None:
                self._fail(19, 1, self._decoder.wrong_declaration)
        if self._at_start and not self._buf and text.startswith('\ufeff'):
            text = text[1:]
        if self._pending_cr:
            text = '\r' + text
            self._pending_cr = False
        if '\r' in text:
            if text.endswith('\r') and not isfinal and decode_error is None:
                text = text[:-1]
                self._pending_cr = True
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        if self._pos:
            self._advance()
        self._buf += text
        if decode_error is not None:
            self._run(False)
            self._flush_text()
            self._err(E.INVALID_TOKEN, len(self._buf))
        self._run(isfinal)
        # text kept by buffer_text goes out at the end of each Parse call, reported there
        if self._text:
            self._event_pos = self._pos
        self._flush_text()
        if isfinal:
            self._finished = True
            self._event_pos = len(self._buf)
        return 1

    def _advance(self):
        "Forget the text read so far, keeping the line and column where it ended."
        pos = self._pos
        line, col = self._where(pos)
        self._line = line
        self._col = col
        self._buf = self._buf[pos:]
        self._pos = 0
        self._event_pos -= pos

    def _run(self, final):
        buf = self._buf
        pos = self._pos
        while True:
            state = self._state
            if state == CONTENT:
                pos = self._content(buf, pos, final)
            else:
                pos = self._outside(buf, pos, final)
            if self._state == state:
                break
        self._pos = pos
        if final:
            self._event_pos = pos
            self._flush_text()
            if self._state != EPILOG:
                self._err(E.NO_ELEMENTS, len(buf))

    # ---- outside the root element (prolog and epilog)

    def _outside(self, buf, pos, final):
        n = len(buf)
        while pos < n:
            c = buf[pos]
            if c in SPACE_CHARS:
                pos = SPACE.match(buf, pos).end()
                self._at_start = False
                continue
            if c != '<':
                # Expat reads the token first: an invalid or unfinished one is reported as
                # such; a whole one is out of place here (junk after the root element).
                kind, where = _expat_prolog.prolog_token(buf, pos)
                if kind == _expat_prolog.INVALID:
                    self._err(E.INVALID_TOKEN, where)
                if kind == _expat_prolog.PARTIAL:
                    self._need(pos, final)
                    return pos
                if self._state == EPILOG:
                    self._err(E.JUNK_AFTER_DOC_ELEMENT, pos)
                if kind == _expat_prolog.END_TOKEN and not final:
                    return pos
                self._err(E.PARAM_ENTITY_REF if kind == _expat_prolog.PE_REF else E.SYNTAX, pos)
            if pos + 1 >= n:
                self._need(pos, final)
                return pos
            c = buf[pos + 1]
            if c == '?':
                if self._state == EPILOG and buf.startswith('<?xml', pos) and (
                        pos + 5 >= n or buf[pos + 5] in SPACE_CHARS or buf[pos + 5] == '?'):
                    self._err(E.JUNK_AFTER_DOC_ELEMENT, pos)
                end = self._pi(buf, pos, final)
            elif c == '!':
                if buf.startswith('<!--', pos):
                    end = self._comment(buf, pos, final)
                elif self._state == EPILOG:
                    self._err(E.JUNK_AFTER_DOC_ELEMENT, pos)
                elif buf.startswith('<!DOCTYPE', pos):
                    if self._seen_doctype:
                        self._err(E.SYNTAX, pos)
                    self._flush_text()
                    end = _expat_dtd.read_doctype(self, buf, pos, final)
                    if end >= 0:
                        self._seen_doctype = True
                elif n - pos < 9 and ('<!DOCTYPE'.startswith(buf[pos:]) or '<!--'.startswith(buf[pos:])):
                    end = self._need(pos, final)
                else:
                    self._err(E.SYNTAX if pos + 2 < n else E.UNCLOSED_TOKEN, pos)
            else:
                if self._state == EPILOG:
                    self._err(E.JUNK_AFTER_DOC_ELEMENT, pos)
                end = self._start_tag(buf, pos, final)
                if end >= 0 and self._stack:
                    self._state = CONTENT
                elif end >= 0:
                    self._state = EPILOG
            if end < 0:
                return pos
            self._at_start = False
            pos = end
            if self._state == CONTENT:
                return pos
        return pos

    # ---- inside the root element

    def _content(self, buf, pos, final):
        n = len(buf)
        chars = self._chars
        match_text = TEXT.match
        while pos < n:
            c = buf[pos]
            if c == '<':
                if pos + 1 >= n:
                    end = self._need(pos, final)
                else:
                    c = buf[pos + 1]
                    if c == '/':
                        end = self._end_tag(buf, pos, final)
                    elif c == '!':
                        if buf.startswith('<!--', pos):
                            end = self._comment(buf, pos, final)
                        elif buf.startswith('<![CDATA[', pos):
                            end = self._cdata(buf, pos, final)
                        elif n - pos < 9 and ('<![CDATA['.startswith(buf[pos:]) or '<!--'.startswith(buf[pos:])):
                            end = self._need(pos, final)
                        else:
                            self._err(E.INVALID_TOKEN, pos + 2)
                    elif c == '?':
                        end = self._pi(buf, pos, final)
                    else:
                        end = self._start_tag(buf, pos, final)
                if end < 0:
                    return pos
                pos = end
                if not self._stack and self._entity_refpos is None:
                    self._state = EPILOG
                    return pos
            elif c == '&':
                end = self._content_reference(buf, pos, final)
                if end < 0:
                    return pos
                pos = end
            else:
                m = match_text(buf, pos)
                if m is not None:
                    end = m.end()
                    chars(buf[pos:end], pos)
                    pos = end
                elif c == ']':
                    if buf.startswith(']]>', pos):
                        self._err(E.INVALID_TOKEN, pos + 2)
                    if n - pos < 3 and not final and ']]'.startswith(buf[pos:]):
                        return pos
                    chars(']', pos)
                    pos += 1
                else:
                    self._err(E.INVALID_TOKEN, pos)
        return pos

    def _chars(self, data, pos=None):
        """Character data: kept until the next event with buffer_text, else passed on.
        `pos`: where the text starts in the buffer (None: at the event being reported,
        for references and entity text)."""
        if self.buffer_text:
            self._text.append(data)
            return
        handler = self.CharacterDataHandler
        if handler is None:
            return
        if pos is not None and self._entity_refpos is None:
            self._event_pos = pos
        if '\n' not in data or data == '\n':
            handler(data)
            return
        # Expat passes each line end on its own
        lines = data.split('\n')
        last = len(lines) - 1
        for i in range(len(lines)):
            if lines[i]:
                handler(lines[i])
            if pos is not None and self._entity_refpos is None:
                pos += len(lines[i])
                self._event_pos = pos
            if i < last:
                handler('\n')
                if pos is not None and self._entity_refpos is None:
                    pos += 1
                    self._event_pos = pos

    def _flush_text(self):
        if self._text:
            data = ''.join(self._text)
            self._text.clear()
            handler = self.CharacterDataHandler
            if handler is not None and data:
                handler(data)

    # ---- markup

    def _comment(self, buf, pos, final):
        n = len(buf)
        start = pos + 4
        dash = buf.find('--', start)
        if dash < 0 or dash + 2 >= n:
            bad = BAD_CHAR.search(buf, start)
            if bad is not None:
                self._err(E.INVALID_TOKEN, bad.start())
            return self._need(pos, final)
        if buf[dash + 2] != '>':
            bad = BAD_CHAR.search(buf, start, dash)
            self._err(E.INVALID_TOKEN, bad.start() if bad is not None else dash + 2)
        data = buf[start:dash]
        bad = BAD_CHAR.search(data)
        if bad is not None:
            self._err(E.INVALID_TOKEN, start + bad.start())
        self._event_pos = pos
        self._flush_text()
        if self.CommentHandler is not None:
            self.CommentHandler(data)
        return dash + 3

    def _cdata(self, buf, pos, final):
        start = pos + 9
        end = buf.find(']]>', start)
        if end < 0:
            bad = BAD_CHAR.search(buf, start)
            if bad is not None:
                self._err(E.INVALID_TOKEN, bad.start())
            return self._need(len(buf), final, E.UNCLOSED_CDATA_SECTION)
        data = buf[start:end]
        bad = BAD_CHAR.search(data)
        if bad is not None:
            self._err(E.INVALID_TOKEN, start + bad.start())
        self._event_pos = pos
        if self.StartCdataSectionHandler is not None:
            self._flush_text()
            self.StartCdataSectionHandler()
            self._chars(data, start)
            self._event_pos = end
            self._flush_text()
            if self.EndCdataSectionHandler is not None:
                self.EndCdataSectionHandler()
        else:
            self._chars(data, start)
        return end + 3

    def _pi(self, buf, pos, final):
        n = len(buf)
        m = NAME.match(buf, pos + 2)
        if m is None:
            return self._need(pos, final) if pos + 2 >= n else self._err(E.INVALID_TOKEN, pos + 2)
        target = m.group()
        tend = m.end()
        if tend >= n:
            return self._need(pos, final)
        if target.lower() == 'xml':
            if target != 'xml':
                self._err(E.INVALID_TOKEN, tend)
            if pos == 0 and self._at_start and self._line == 1 and self._col == 0:
                return self._xml_declaration(buf, pos, final)
            self._err(E.MISPLACED_XML_PI, pos)
        c = buf[tend]
        if c == '?':
            if tend + 1 >= n:
                return self._need(pos, final)
            if buf[tend + 1] != '>':
                self._err(E.INVALID_TOKEN, tend + 1)
            data = ''
            end = tend + 2
        elif c in SPACE_CHARS:
            close = buf.find('?>', tend)
            if close < 0:
                bad = BAD_CHAR.search(buf, tend)
                if bad is not None:
                    self._err(E.INVALID_TOKEN, bad.start())
                return self._need(pos, final)
            bad = BAD_CHAR.search(buf, tend, close)
            if bad is not None:
                self._err(E.INVALID_TOKEN, bad.start())
            data = buf[SPACE.match(buf, tend).end():close]
            end = close + 2
        else:
            self._err(E.INVALID_TOKEN, tend)
        if self._sep is not None and ':' in target:
            self._err(E.INVALID_TOKEN, pos + 2 + target.index(':'))
        self._event_pos = pos
        self._flush_text()
        if self.ProcessingInstructionHandler is not None:
            self.ProcessingInstructionHandler(target, data)
        return end

    def _xml_declaration(self, buf, pos, final):
        close = buf.find('?>', pos)
        if close < 0:
            return self._need(pos, final)
        values = {}
        p = pos + 5
        order = ('version', 'encoding', 'standalone')
        index = 0
        while True:
            q = SPACE.match(buf, p).end()
            if q == close:
                break
            if q == p:
                self._err(E.XML_DECL, p)
            p = q
            m = NAME.match(buf, p)
            name = m.group() if m is not None else None
            while index < 3 and order[index] != name and not (index == 0 and name != 'version'):
                index += 1
            if name is None or index >= 3 or order[index] != name:
                self._err(E.XML_DECL, p)
            index += 1
            p = SPACE.match(buf, m.end()).end()
            if buf[p] != '=':
                self._err(E.XML_DECL, p)
            p = SPACE.match(buf, p + 1).end()
            quote = buf[p]
            if quote not in '"\'':
                self._err(E.XML_DECL, p)
            end = buf.find(quote, p + 1, close)
            if end < 0:
                self._err(E.XML_DECL, p)
            value = buf[p + 1:end]
            if name == 'standalone' and value not in ('yes', 'no') or not value:
                self._err(E.XML_DECL, p + 1)
            values[name] = value
            p = end + 1
        if 'version' not in values:
            self._err(E.XML_DECL, p)
        standalone = values.get('standalone')
        self.standalone = -1 if standalone is None else int(standalone == 'yes')
        if self.XmlDeclHandler is not None:
            self.XmlDeclHandler(values['version'], values.get('encoding'), self.standalone)
        return close + 2

    def _check_qname(self, name, pos):
        "With namespaces on, a name has at most one colon, not at either end."
        if self._sep is None or ':' not in name:
            return
        i = name.index(':')
        if i == 0:
            self._err(E.INVALID_TOKEN, pos)
        j = name.find(':', i + 1)
        if j >= 0:
            self._err(E.INVALID_TOKEN, pos + j)
        if i == len(name) - 1:
            self._err(E.INVALID_TOKEN, pos + i + 1)

    def _start_tag(self, buf, pos, final):
        m = START_TAG.match(buf, pos)
        if m is None or BAD_CHAR.search(buf, pos, m.end()) is not None:
            return self._start_tag_error(buf, pos, final)
        name = m.group(1)
        self._check_qname(name, pos + 1)
        attrs = []
        p = m.start(2)
        stop = m.end(2)
        while p < stop:
            a = ATTRIBUTE.match(buf, p)
            aname = a.group(1)
            self._check_qname(aname, a.start(1))
            if a.start(2) >= 0:
                value, vpos = a.group(2), a.start(2)
            else:
                value, vpos = a.group(3), a.start(3)
            for other in attrs:
                if other[0] == aname:
                    self._err(E.DUPLICATE_ATTRIBUTE, a.start(1))
            attrs.append((aname, value, vpos))
            p = a.end()
        values = []
        for aname, value, vpos in attrs:
            if '&' in value:
                value = self._attribute_value(value, vpos)
            elif '\t' in value or '\n' in value:
                value = VALUE_SPACE.sub(' ', value)
            values.append((aname, value))
        self._event_pos = pos
        self._flush_text()
        self._start_element(name, values, pos)
        if m.group(3):
            self._end_element()
        return m.end()

    def _start_tag_error(self, buf, pos, final):
        "The start tag at pos is not complete or not well-formed: find out which, and where."
        n = len(buf)
        m = NAME.match(buf, pos + 1)
        if m is None:
            return self._need(pos, final) if pos + 1 >= n else self._err(E.INVALID_TOKEN, pos + 1)
        self._check_qname(m.group(), pos + 1)
        p = m.end()
        while True:
            if p >= n:
                return self._need(pos, final)
            c = buf[p]
            if c == '>':
                break
            if c == '/':
                if p + 1 >= n:
                    return self._need(pos, final)
                if buf[p + 1] != '>':
                    self._err(E.INVALID_TOKEN, p + 1)
                break
            if c not in SPACE_CHARS:
                self._err(E.INVALID_TOKEN, p)
            p = SPACE.match(buf, p).end()
            if p >= n:
                return self._need(pos, final)
            if buf[p] in '/>':
                continue
            a = NAME.match(buf, p)
            if a is None:
                self._err(E.INVALID_TOKEN, p)
            self._check_qname(a.group(), p)
            p = SPACE.match(buf, a.end()).end()
            if p >= n:
                return self._need(pos, final)
            if buf[p] != '=':
                self._err(E.INVALID_TOKEN, p)
            p = SPACE.match(buf, p + 1).end()
            if p >= n:
                return self._need(pos, final)
            quote = buf[p]
            if quote not in '"\'':
                self._err(E.INVALID_TOKEN, p)
            p += 1
            while True:
                if p >= n:
                    return self._need(pos, final)
                c = buf[p]
                if c == quote:
                    break
                if c == '<' or BAD_CHAR.match(c):
                    self._err(E.INVALID_TOKEN, p)
                if c == '&':
                    r = self._reference_end(buf, p, final)
                    if r < 0:
                        return r
                    p = r
                else:
                    p += 1
            p += 1
        self._err(E.INVALID_TOKEN, pos)

    def _start_element(self, qname, attrs, pos):
        defaults = self.attribute_defaults.get(qname)
        if defaults:
            present = [a[0] for a in attrs]
            for aname, value in defaults:
                if aname not in present:
                    attrs.append((aname, value))
        declared = []
        if self._sep is not None:
            plain = []
            for aname, value in attrs:
                if aname == 'xmlns':
                    declared.append((None, value))
                elif aname.startswith('xmlns:'):
                    declared.append((aname[6:], value))
                else:
                    plain.append((aname, value))
            attrs = plain
            saved = []
            for prefix, uri in declared:
                if prefix == 'xml':
                    if uri != XML_NS:
                        self._err(E.RESERVED_PREFIX_XML, pos)
                elif prefix == 'xmlns':
                    self._err(E.RESERVED_PREFIX_XMLNS, pos)
                elif uri == XML_NS or uri == XMLNS_NS:
                    self._err(E.RESERVED_NAMESPACE_URI, pos)
                elif prefix is not None and not uri:
                    self._err(E.UNDECLARING_PREFIX, pos)
                saved.append((prefix, self._ns.get(prefix)))
            for prefix, uri in declared:
                self._ns[prefix] = uri
            name = self._resolve(qname, True, pos)
            resolved = []
            seen = set()
            for aname, value in attrs:
                rname = self._resolve(aname, False, pos)
                if rname in seen:
                    self._err(E.DUPLICATE_ATTRIBUTE, pos)
                seen.add(rname)
                resolved.append((rname, value))
            attrs = resolved
            handler = self.StartNamespaceDeclHandler
            if handler is not None:
                for prefix, uri in declared:
                    handler(prefix, uri or None)
            self._stack.append((qname, saved))
        else:
            name = qname
            self._stack.append((qname, None))
        handler = self.StartElementHandler
        if handler is not None:
            if self.ordered_attributes:
                flat = []
                for aname, value in attrs:
                    flat.append(aname)
                    flat.append(value)
                handler(name, flat)
            else:
                handler(name, dict(attrs))

    def _resolve(self, qname, is_element, pos):
        colon = qname.find(':')
        if colon < 0:
            if is_element:
                uri = self._ns.get(None)
                if uri:
                    return uri + self._sep + qname
            return qname
        prefix = qname[:colon]
        uri = self._ns.get(prefix)
        if not uri:
            self._err(E.UNBOUND_PREFIX, pos)
        if self.namespace_prefixes:
            # XML_SetReturnNSTriplet: the prefix as a third part, for prefixed names only
            return uri + self._sep + qname[colon + 1:] + self._sep + prefix
        return uri + self._sep + qname[colon + 1:]

    def _end_element(self):
        qname, saved = self._stack.pop()
        name = self._resolve(qname, True, 0) if saved is not None else qname
        if self.EndElementHandler is not None:
            self.EndElementHandler(name)
        if saved:
            for prefix, old in reversed(saved):
                if old is None:
                    del self._ns[prefix]
                else:
                    self._ns[prefix] = old
            handler = self.EndNamespaceDeclHandler
            if handler is not None:
                for prefix, old in reversed(saved):
                    handler(prefix)

    def _end_tag(self, buf, pos, final):
        m = END_TAG.match(buf, pos)
        if m is None:
            n = len(buf)
            nm = NAME.match(buf, pos + 2)
            if nm is None:
                return self._need(pos, final) if pos + 2 >= n else self._err(E.INVALID_TOKEN, pos + 2)
            self._check_qname(nm.group(), pos + 2)
            p = SPACE.match(buf, nm.end()).end()
            if p >= n:
                return self._need(pos, final)
            self._err(E.INVALID_TOKEN, p)
        name = m.group(1)
        self._check_qname(name, pos + 2)
        if not self._stack or self._stack[-1][0] != name:
            self._err(E.TAG_MISMATCH, pos + 2)
        self._event_pos = pos
        self._flush_text()
        self._end_element()
        return m.end()

    # ---- references

    def _reference_end(self, buf, pos, final):
        "The end of the well-formed reference at pos, NEED_MORE, or an error."
        m = REFERENCE.match(buf, pos)
        if m is not None:
            return m.end()
        n = len(buf)
        p = pos + 1
        if p >= n:
            return self._need(pos, final)
        if buf[p] == '#':
            p += 1
            if p >= n:
                return self._need(pos, final)
            digits = '0123456789'
            if buf[p] == 'x':
                p += 1
                digits = '0123456789abcdefABCDEF'
            start = p
            while p < n and buf[p] in digits:
                p += 1
            if p >= n:
                return self._need(pos, final)
            if p == start or buf[p] != ';':
                self._err(E.INVALID_TOKEN, p)
        else:
            nm = NAME.match(buf, p)
            if nm is None:
                self._err(E.INVALID_TOKEN, p)
            p = nm.end()
            if p >= n:
                return self._need(pos, final)
        self._err(E.INVALID_TOKEN, p)

    def _char_reference(self, m, pos):
        code = int(m.group(2)) if m.group(2) is not None else int(m.group(3), 16)
        if not is_xml_char(code):
            self._err(E.BAD_CHAR_REF, pos)
        return chr(code)

    def _content_reference(self, buf, pos, final):
        end = self._reference_end(buf, pos, final)
        if end < 0:
            return end
        m = REFERENCE.match(buf, pos)
        name = m.group(1)
        if name is None:
            self._chars(self._char_reference(m, pos), pos)
            return end
        value = PREDEFINED.get(name)
        if value is not None:
            self._chars(value, pos)
            return end
        value = self.entities.get(name)
        if value is None:
            if name in self.external_entities or self.dtd_skips and self.standalone != 1:
                self._event_pos = pos
                self._flush_text()
                if self.DefaultHandlerExpand is not None:
                    self.DefaultHandlerExpand('&' + name + ';')
                elif self.SkippedEntityHandler is not None:
                    self.SkippedEntityHandler(name, 0)
                return end
            self._err(E.UNDEFINED_ENTITY, pos)
        if name in self._open_entities:
            self._err(E.RECURSIVE_ENTITY_REF, pos)
        if '<' not in value and '&' not in value:
            self._chars(value)
            return end
        self._expand_in_content(name, value, pos)
        return end

    def _expand_in_content(self, name, value, refpos):
        "Read an entity's replacement text as content, in place of its reference."
        saved = (self._buf, self._pos, self._entity_refpos, self._line, self._col)
        depth = len(self._stack)
        self._open_entities.append(name)
        outer_refpos = self._entity_refpos
        if outer_refpos is None:
            line, col = self._where(refpos)
        try:
            self._buf = value
            self._pos = 0
            self._entity_refpos = 0 if outer_refpos is None else outer_refpos
            if outer_refpos is None:
                self._line, self._col = line, col
            pos = self._content(value, 0, True)
            if len(self._stack) != depth or pos != len(value):
                self._err(E.ASYNC_ENTITY, 0)
        finally:
            self._open_entities.pop()
            self._buf, self._pos, self._entity_refpos, self._line, self._col = saved

    def _attribute_value(self, value, vpos):
        "Expand the references of an attribute value and turn its white space into spaces."
        out = []
        p = 0
        n = len(value)
        while p < n:
            amp = value.find('&', p)
            if amp < 0:
                out.append(VALUE_SPACE.sub(' ', value[p:]))
                break
            out.append(VALUE_SPACE.sub(' ', value[p:amp]))
            m = REFERENCE.match(value, amp)
            if m is None:
                self._reference_end(self._buf, vpos + amp, True)
                self._err(E.INVALID_TOKEN, vpos + amp)
            name = m.group(1)
            if name is None:
                out.append(self._char_reference(m, vpos + amp))
            elif name in PREDEFINED:
                out.append(PREDEFINED[name])
            else:
                out.append(self._entity_in_attribute(name, vpos + amp))
            p = m.end()
        # literal tabs and newlines became spaces; ones from character references stay
        return ''.join(out)

    def _entity_in_attribute(self, name, pos):
        value = self.entities.get(name)
        if value is None:
            if name in self.external_entities:
                self._err(16, pos)
            if self.dtd_skips and self.standalone != 1:
                return ''
            self._err(E.UNDEFINED_ENTITY, pos)
        if name in self._open_entities:
            self._err(E.RECURSIVE_ENTITY_REF, pos)
        if '<' in value:
            self._err(E.INVALID_TOKEN, pos)
        if '&' not in value:
            return VALUE_SPACE.sub(' ', value)
        self._open_entities.append(name)
        try:
            saved = self._entity_refpos
            self._entity_refpos = pos if saved is None else saved
            return self._attribute_value(value, 0)
        finally:
            self._entity_refpos = saved
            self._open_entities.pop()
