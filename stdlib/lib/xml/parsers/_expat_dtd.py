# Reads a document type declaration and its internal subset, keeping what changes how the
# document reads: internal general entities, external ones (skipped) and attribute defaults.

from xml.parsers import _expat_errors as E
from xml.parsers._expat_names import NAME, SPACE, SPACE_CHARS, REFERENCE, VALUE_SPACE, is_xml_char


class _Incomplete(Exception):
    "The declaration goes on past the text fed so far."


class _Reader:
    def __init__(self, scanner, buf):
        self.s = scanner
        self.buf = buf
        self.n = len(buf)

    def char(self, p):
        if p >= self.n:
            raise _Incomplete()
        return self.buf[p]

    def space(self, p, required=False):
        q = SPACE.match(self.buf, p).end()
        if q >= self.n:
            raise _Incomplete()
        if required and q == p:
            self.s._err(E.SYNTAX, p)
        return q

    def name(self, p):
        m = NAME.match(self.buf, p)
        if m is None:
            self.char(p)
            self.s._err(E.SYNTAX, p)
        if m.end() >= self.n:
            raise _Incomplete()
        return m.group(), m.end()

    def quoted(self, p):
        quote = self.char(p)
        if quote not in '"\'':
            self.s._err(E.SYNTAX, p)
        end = self.buf.find(quote, p + 1)
        if end < 0:
            raise _Incomplete()
        return self.buf[p + 1:end], end + 1

    def external_id(self, p):
        "An external ID (SYSTEM uri, or PUBLIC pubid uri) at p: (pubid, system, end), or None."
        if self.buf.startswith('SYSTEM', p):
            p = self.space(p + 6, True)
            system, p = self.quoted(p)
            return None, system, p
        if self.buf.startswith('PUBLIC', p):
            p = self.space(p + 6, True)
            pubid, p = self.quoted(p)
            p = self.space(p)
            system = None
            if self.char(p) in '"\'':
                system, p = self.quoted(p)
            return pubid, system, p
        return None

    def skip_declaration(self, p):
        "Past the '>' closing a markup declaration, stepping over quoted strings."
        while True:
            c = self.char(p)
            if c == '>':
                return p + 1
            if c in '"\'':
                _, p = self.quoted(p)
            else:
                p += 1


def read_doctype(scanner, buf, pos, final):
    reader = _Reader(scanner, buf)
    try:
        return _doctype(reader, pos)
    except _Incomplete:
        return scanner._need(pos, final)


def _doctype(r, pos):
    s = r.s
    p = r.space(pos + 9, True)
    name, p = r.name(p)
    p = r.space(p)
    pubid = system = None
    ext = r.external_id(p)
    if ext is not None:
        pubid, system, p = ext
        p = r.space(p)
        s.dtd_skips = True
    has_subset = r.char(p) == '['
    if s.StartDoctypeDeclHandler is not None:
        s.StartDoctypeDeclHandler(name, system, pubid, int(has_subset))
    if has_subset:
        p = _subset(r, p + 1)
        p = r.space(p)
    if r.char(p) != '>':
        s._err(E.SYNTAX, p)
    if s.EndDoctypeDeclHandler is not None:
        s.EndDoctypeDeclHandler()
    return p + 1


def _subset(r, p):
    s = r.s
    buf = r.buf
    while True:
        p = r.space(p)
        c = buf[p]
        if c == ']':
            return p + 1
        if c == '%':
            _, q = r.name(p + 1)
            if r.char(q) != ';':
                s._err(E.INVALID_TOKEN, q)
            s.dtd_skips = True
            p = q + 1
        elif buf.startswith('<!--', p):
            end = buf.find('-->', p + 4)
            if end < 0:
                raise _Incomplete()
            p = end + 3
        elif buf.startswith('<?', p):
            end = buf.find('?>', p + 2)
            if end < 0:
                raise _Incomplete()
            p = end + 2
        elif buf.startswith('<!ENTITY', p):
            p = _entity(r, p)
        elif buf.startswith('<!ATTLIST', p):
            p = _attlist(r, p)
        elif buf.startswith('<!ELEMENT', p) or buf.startswith('<!NOTATION', p):
            p = r.skip_declaration(p)
        elif r.n - p < 10 and c == '<':
            raise _Incomplete()
        else:
            s._err(E.SYNTAX, p)


def _entity(r, p):
    s = r.s
    p = r.space(p + 8, True)
    parameter = r.char(p) == '%'
    if parameter:
        p = r.space(p + 1, True)
    name, p = r.name(p)
    p = r.space(p, True)
    ext = r.external_id(p)
    if ext is None:
        raw, p = r.quoted(p)
        value = _char_references(s, raw)
    else:
        value = None
        p = ext[2]
    p = r.space(p)
    if r.buf.startswith('NDATA', p):
        _, p = r.name(r.space(p + 5, True))
        p = r.space(p)
    if r.char(p) != '>':
        s._err(E.SYNTAX, p)
    if not parameter and name not in s.entities and name not in s.external_entities:
        if value is None:
            s.external_entities.add(name)
        else:
            s.entities[name] = value
        if s.EntityDeclHandler is not None:
            s.EntityDeclHandler(name, 0, value, None, ext and ext[1], ext and ext[0], None)
    return p + 1


def _char_references(s, raw):
    "An entity value keeps its general entity references; character references are read now."
    if '&#' not in raw:
        return raw
    out = []
    p = 0
    while True:
        amp = raw.find('&#', p)
        if amp < 0:
            out.append(raw[p:])
            return ''.join(out)
        out.append(raw[p:amp])
        m = REFERENCE.match(raw, amp)
        if m is None:
            out.append('&#')
            p = amp + 2
            continue
        code = int(m.group(2)) if m.group(2) is not None else int(m.group(3), 16)
        if not is_xml_char(code):
            s._err(E.BAD_CHAR_REF, 0)
        ch = chr(code)
        out.append('&#38;' if ch == '&' else '&#60;' if ch == '<' else ch)
        p = m.end()


def _attlist(r, p):
    s = r.s
    p = r.space(p + 9, True)
    element, p = r.name(p)
    defaults = s.attribute_defaults.setdefault(element, [])
    while True:
        p = r.space(p)
        if r.char(p) == '>':
            return p + 1
        attr, p = r.name(p)
        p = r.space(p, True)
        if r.char(p) == '(':
            end = r.buf.find(')', p)
            if end < 0:
                raise _Incomplete()
            p = end + 1
        else:
            kind, p = r.name(p)
            if kind == 'NOTATION':
                p = r.space(p, True)
                end = r.buf.find(')', p)
                if end < 0:
                    raise _Incomplete()
                p = end + 1
        p = r.space(p, True)
        value = None
        if r.char(p) == '#':
            keyword, p = r.name(p + 1)
            if keyword == 'FIXED':
                p = r.space(p, True)
                value, p = r.quoted(p)
        else:
            value, p = r.quoted(p)
        if value is not None and all(a != attr for a, _ in defaults):
            defaults.append((attr, VALUE_SPACE.sub(' ', _char_references(s, value))))
