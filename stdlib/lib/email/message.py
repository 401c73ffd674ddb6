"""Message objects: headers (an ordered list of name/value pairs, looked up
without regard to case) and a payload (text, or a list of sub-messages)."""

__all__ = ['Message', 'EmailMessage']

import binascii
import re
import quopri
from io import BytesIO, StringIO

from email import utils
from email import errors
from email._policybase import compat32
from email import charset as _charset
from email._encoded_words import decode_b

Charset = _charset.Charset

SEMISPACE = '; '
_ABSENT = object()     # 'no such header/parameter', distinct from any failobj

# characters that force a parameter value into quotes
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    head, sep, rest = str(param).partition(';')
    return head.strip(), (rest.strip() if sep else None)


def _formatparam(param, value=None, quote=True):
    """'param=value': quoted if asked or needed, RFC 2231 encoded for a
    (charset, language, value) triple or a non-ASCII value."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        return '%s*=%s' % (param, utils.encode_rfc2231(value[2], value[0], value[1]))
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        return '%s*=%s' % (param, utils.encode_rfc2231(value, 'utf-8', ''))
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return '%s=%s' % (param, value)


def _parseparam(s):
    """The ';'-separated pieces after the first, names lower-cased ('name=value')."""
    rest = ';' + str(s)
    pieces = []
    while rest[:1] == ';':
        rest = rest[1:]
        end = rest.find(';')
        # a ';' inside an unclosed quote does not end the piece
        while end > 0 and (rest.count('"', 0, end) - rest.count('\\"', 0, end)) % 2:
            end = rest.find(';', end + 1)
        if end < 0:
            end = len(rest)
        piece = rest[:end]
        if '=' in piece:
            name, _, value = piece.partition('=')
            piece = name.strip().lower() + '=' + value.strip()
        pieces.append(piece.strip())
        rest = rest[end:]
    return pieces


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _decode_uu(encoded):
    """The bytes of a uuencoded body (ValueError if it has no 'begin' line)."""
    lines = iter(encoded.splitlines())
    for line in lines:
        if line.startswith(b"begin "):
            mode = line[6:].partition(b" ")[0]
            try:
                int(mode, base=8)
            except ValueError:
                continue
            break
    else:
        raise ValueError("`begin` line not found")
    out = []
    for line in lines:
        if not line:
            raise ValueError("Truncated input")
        if line.strip(b' \t\r\n\f') == b'end':
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # trailing garbage: decode only the length the line announces
            out.append(binascii.a2b_uu(line[:(((line[0] - 32) & 63) * 4 + 5) // 3]))
    return b''.join(out)


class Message:
    """Headers and a payload. Indexing by header name gets, sets and deletes
    headers; a name may occur more than once (see get_all)."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message as text (headers not folded unless maxheaderlen)."""
        from email.generator import Generator
        policy = policy or self.policy
        out = StringIO()
        Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen,
                  policy=policy).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The whole message as bytes."""
        from email.generator import BytesGenerator
        policy = policy or self.policy
        out = BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=policy).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    # -- the payload --

    def attach(self, payload):
        """Add a sub-message to the payload list."""
        if self._payload is None:
            self._payload = [payload]
            return
        try:
            self._payload.append(payload)
        except AttributeError:
            raise TypeError("Attach is not valid on a message with a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload (the list itself for a multipart, or its i-th part); with
        decode, the bytes the Content-Transfer-Encoding stands for."""
        if self.is_multipart():
            if decode:
                return None
            return self._payload if i is None else self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if isinstance(payload, str):
            if utils._has_surrogates(payload):
                raw = payload.encode('ascii', 'surrogateescape')
                if not decode:
                    try:
                        payload = raw.decode(self.get_param('charset', 'ascii'), 'replace')
                    except LookupError:
                        payload = raw.decode('ascii', 'replace')
            elif decode:
                try:
                    raw = payload.encode('ascii')
                except UnicodeError:
                    raw = payload.encode('raw-unicode-escape')
        if not decode:
            return payload
        if cte == 'quoted-printable':
            return quopri.decodestring(raw)
        if cte == 'base64':
            value, defects = decode_b(b''.join(raw.splitlines()))
            for defect in defects:
                self.policy.handle_defect(self, defect)
            return value
        if cte in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            try:
                return _decode_uu(raw)
            except ValueError:
                return raw
        if isinstance(payload, str):
            return raw
        return payload

    def set_payload(self, payload, charset=None):
        """Replace the payload; with a charset, text is encoded in it and the MIME
        headers follow (see set_charset)."""
        if hasattr(payload, 'encode'):
            if charset is None:
                self._payload = payload
                return
            if not isinstance(charset, Charset):
                charset = Charset(charset)
            payload = payload.encode(charset.output_charset)
        if hasattr(payload, 'decode'):
            self._payload = payload.decode('ascii', 'surrogateescape')
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Declare the payload's charset: adds MIME-Version, Content-Type's charset
        and a Content-Transfer-Encoding, encoding the payload to match."""
        cs = charset
        if cs is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(cs, Charset):
            cs = Charset(cs)
        self._charset = cs
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=cs.get_output_charset())
        else:
            self.set_param('charset', cs.get_output_charset())
        if cs != cs.get_output_charset():
            self._payload = cs.body_encode(self._payload)
        if 'Content-Transfer-Encoding' in self:
            return
        cte = cs.get_body_encoding()
        if callable(cte):
            cte(self)
            return
        payload = self._payload
        if payload:
            try:
                payload = payload.encode('ascii', 'surrogateescape')
            except UnicodeError:
                payload = payload.encode(cs.output_charset)
        self._payload = cs.body_encode(payload)
        self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # -- headers as a mapping --

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        """Add a header (after any of the same name: use del first to replace)."""
        limit = self.policy.header_max_count(name)
        if limit:
            lname = name.lower()
            seen = sum(1 for k, v in self._headers if k.lower() == lname)
            if seen >= limit:
                raise ValueError("There may be at most {} {} headers "
                                 "in a message".format(limit, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        lname = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != lname]

    def __contains__(self, name):
        lname = name.lower()
        return any(k.lower() == lname for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        """The first header of this name, or failobj."""
        lname = name.lower()
        for k, v in self._headers:
            if k.lower() == lname:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        """Store a header as given, without the policy's processing."""
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        """Every header of this name in order, or failobj if there is none."""
        lname = name.lower()
        found = [self.policy.header_fetch_parse(k, v)
                 for k, v in self._headers if k.lower() == lname]
        return found or failobj

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: add_header('Content-Disposition',
        'attachment', filename='a.txt'); underscores in names become dashes, a
        None value adds the bare name."""
        parts = []
        for k, v in _params.items():
            k = k.replace('_', '-')
            parts.append(k if v is None else _formatparam(k, v))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replace the first header of this name in place (KeyError if there is none)."""
        lname = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(lname)

    # -- content type and parameters --

    def get_content_type(self):
        """'maintype/subtype', lower-cased; the default type if there is none,
        text/plain if it is invalid."""
        value = self.get('content-type', _ABSENT)
        if value is _ABSENT:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        value = self.get(header, _ABSENT)
        if value is _ABSENT:
            return failobj
        params = []
        for piece in _parseparam(value):
            name, eq, val = piece.partition('=')
            params.append((name.strip(), val.strip()) if eq else (piece.strip(), ''))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """[(name, value)] of a header's parameters, the first being the value itself."""
        params = self._get_params_preserve(_ABSENT, header)
        if params is _ABSENT:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """One parameter's value (a (charset, language, value) triple if RFC 2231
        encoded), or failobj."""
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquotevalue(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Set or change a parameter; the header moves to the end unless replace."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join([ctype, _formatparam(param, value, requote)])
        else:
            pieces = []
            for old, old_value in self.get_params(header=header, unquote=requote):
                if old.lower() == param.lower():
                    pieces.append(_formatparam(param, value, requote))
                else:
                    pieces.append(_formatparam(old, old_value, requote))
            ctype = SEMISPACE.join(p for p in pieces if p) if pieces else ''
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter (the header moves to the end)."""
        if header not in self:
            return
        kept = [_formatparam(p, v, requote)
                for p, v in self.get_params(header=header, unquote=requote)
                if p.lower() != param.lower()]
        new = SEMISPACE.join(kept)
        if new != self.get(header):
            del self[header]
            self[header] = new

    def set_type(self, type, header='Content-Type', requote=True):
        """Change the content type, keeping the parameters (and setting MIME-Version)."""
        if not type.count('/') == 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        """Content-Disposition's filename, else Content-Type's name, else failobj."""
        filename = self.get_param('filename', _ABSENT, 'content-disposition')
        if filename is _ABSENT:
            filename = self.get_param('name', _ABSENT, 'content-type')
        if filename is _ABSENT:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        boundary = self.get_param('boundary', _ABSENT)
        if boundary is _ABSENT:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Set the boundary parameter, keeping Content-Type's place among the headers."""
        params = self._get_params_preserve(_ABSENT, 'content-type')
        if params is _ABSENT:
            raise errors.HeaderParseError('No Content-Type header found')
        quoted = '"%s"' % boundary
        newparams = [('boundary', quoted) if k.lower() == 'boundary' else (k, v)
                     for k, v in params]
        if not any(k.lower() == 'boundary' for k, v in params):
            newparams.append(('boundary', quoted))
        rebuilt = []
        for h, v in self._headers:
            if h.lower() == 'content-type':
                text = SEMISPACE.join(k if v == '' else '%s=%s' % (k, v) for k, v in newparams)
                rebuilt.append(self.policy.header_store_parse(h, text))
            else:
                rebuilt.append((h, v))
        self._headers = rebuilt

    def get_content_charset(self, failobj=None):
        """The charset parameter, lower-cased (failobj if absent or not ASCII)."""
        charset = self.get_param('charset', _ABSENT)
        if charset is _ABSENT:
            return failobj
        if isinstance(charset, tuple):
            declared = charset[0] or 'us-ascii'
            try:
                charset = str(charset[2].encode('raw-unicode-escape'), declared)
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [p.get_content_charset(failobj) for p in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    from email.iterators import walk


class MIMEPart(Message):
    """A message part of the current API (default policy, content managers)."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default
            policy = default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        policy = policy or self.policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        disposition = self.get('content-disposition')
        return False if disposition is None else disposition.content_disposition == 'attachment'

    def _find_body(self, part, preferencelist):
        if part.is_attachment():
            return
        maintype, _, subtype = part.get_content_type().partition('/')
        if maintype == 'text':
            if subtype in preferencelist:
                yield (preferencelist.index(subtype), part)
            return
        if maintype != 'multipart' or not self.is_multipart():
            return
        if subtype != 'related':
            for sub in part.iter_parts():
                yield from self._find_body(sub, preferencelist)
            return
        if 'related' in preferencelist:
            yield (preferencelist.index('related'), part)
        candidate = None
        start = part.get_param('start')
        if start:
            for sub in part.iter_parts():
                if sub['content-id'] == start:
                    candidate = sub
                    break
        if candidate is None:
            subparts = part.get_payload()
            candidate = subparts[0] if subparts else None
        if candidate is not None:
            yield from self._find_body(candidate, preferencelist)

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The part that is best shown as the body, by the order of preference."""
        best = len(preferencelist)
        body = None
        for prio, part in self._find_body(self, preferencelist):
            if prio < best:
                best, body = prio, part
                if prio == 0:
                    break
        return body

    _body_types = {('text', 'plain'), ('text', 'html'),
                   ('multipart', 'related'), ('multipart', 'alternative')}

    def iter_attachments(self):
        """The parts of a multipart that are not its body candidates."""
        maintype, _, subtype = self.get_content_type().partition('/')
        if maintype != 'multipart' or subtype == 'alternative':
            return
        payload = self.get_payload()
        try:
            parts = payload.copy()
        except AttributeError:
            return
        if subtype == 'related':
            start = self.get_param('start')
            if start:
                others = [p for p in parts if p.get('content-id') != start]
                if len(others) != len(parts):
                    yield from others
                    return
            parts.pop(0)
            yield from parts
            return
        seen = []
        for part in parts:
            kind = tuple(part.get_content_type().split('/'))
            if kind in self._body_types and not part.is_attachment() and kind[1] not in seen:
                seen.append(kind[1])
                continue
            yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def _manager(self, given):
        return self.policy.content_manager if given is None else given

    def get_content(self, *args, content_manager=None, **kw):
        """The content, as the content manager (the policy's by default) reads it."""
        return self._manager(content_manager).get_content(self, *args, **kw)

    def set_content(self, *args, content_manager=None, **kw):
        """Replace the content and its Content-* headers (see the content manager)."""
        self._manager(content_manager).set_content(self, *args, **kw)

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        if self.get_content_maintype() == 'multipart':
            existing = self.get_content_subtype()
            if existing in disallowed_subtypes + (subtype,):
                raise ValueError("Cannot convert {} to {}".format(existing, subtype))
        keep = [(n, v) for n, v in self._headers if not n.lower().startswith('content-')]
        moved = [(n, v) for n, v in self._headers if n.lower().startswith('content-')]
        if moved:
            part = type(self)(policy=self.policy)
            part._headers = moved
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = keep
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    # make_<kind>(boundary=None): turn this part into multipart/<kind> (its content
    # becomes the first sub-part); add_<kind>(...): add a sub-part set_content'ed
    # from the arguments, converting first if needed.
    _CONVERSIONS = {'related': ('alternative', 'mixed'), 'alternative': ('mixed',), 'mixed': ()}

    def make_related(self, boundary=None):
        self._make_multipart('related', self._CONVERSIONS['related'], boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart('alternative', self._CONVERSIONS['alternative'], boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart('mixed', self._CONVERSIONS['mixed'], boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if (self.get_content_maintype(), self.get_content_subtype()) != ('multipart', _subtype):
            getattr(self, 'make_' + _subtype)()
        sub = type(self)(policy=self.policy)
        sub.set_content(*args, **kw)
        if _disp and 'content-disposition' not in sub:
            sub['Content-Disposition'] = _disp
        self.attach(sub)

    def add_related(self, *args, **kw):
        return self._add_multipart('related', *args, _disp='inline', **kw)

    def add_alternative(self, *args, **kw):
        return self._add_multipart('alternative', *args, **kw)

    def add_attachment(self, *args, **kw):
        return self._add_multipart('mixed', *args, _disp='attachment', **kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers
                         if not n.lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A whole message: set_content also adds MIME-Version."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
