"""Header values as token trees, and RFC 5322 folding of those trees.

tpy's own, smaller take on the parse trees of the policy-based API: enough
structure (words, blanks, quoted strings, addresses, MIME parameters) for
folding to make the same choices CPython's folder makes: where a line may
break, which words become RFC 2047 encoded words, and which neighbouring
encoded words are merged into one.
"""

import re
import sys
import urllib.parse

from email import _encoded_words as _ew
from email import errors
from email import utils

WSP = set(' \t')
SPECIALS = set(r'()<>@,:;.\"[]')
ATOM_ENDS = SPECIALS | WSP
DOT_ATOM_ENDS = ATOM_ENDS - set('.')
TSPECIALS = (SPECIALS | set('/?=')) - set('.')


def quote_string(value):
    return '"' + str(value).replace('\\', '\\\\').replace('"', r'\"') + '"'


class TokenList(list):
    """A node: its text is its children's text joined."""

    token_type = None
    syntactic_break = True      # a line may break before this node
    ew_combine_allowed = True
    _ew_allowed = True          # the node's own say; children must agree too

    def __init__(self, *args, token_type=None, **kw):
        super().__init__(*args)
        self.defects = []
        if token_type is not None:
            self.token_type = token_type
        for name, value in kw.items():
            setattr(self, name, value)

    def __str__(self):
        return ''.join(str(x) for x in self)

    def __repr__(self):
        return '{}({})'.format(self.__class__.__name__, super().__repr__())

    @property
    def as_ew_allowed(self):
        return self._ew_allowed and all(p.as_ew_allowed for p in self)

    @property
    def all_defects(self):
        return sum((x.all_defects for x in self), self.defects)

    def startswith_fws(self):
        return bool(self) and self[0].startswith_fws()

    def fold(self, *, policy):
        return refold(self, policy=policy)


class Terminal(str):
    """A leaf: a word, a blank run or a special character."""

    as_ew_allowed = True
    ew_combine_allowed = True
    syntactic_break = True

    def __new__(cls, value, token_type):
        self = super().__new__(cls, value)
        self.token_type = token_type
        self.defects = []
        return self

    def __repr__(self):
        return "{}({})".format(self.__class__.__name__, super().__repr__())

    @property
    def all_defects(self):
        return list(self.defects)

    def startswith_fws(self):
        return self.token_type == 'fws'

    def __getnewargs__(self):
        return (str(self), self.token_type)


class _Fixed(Terminal):
    """A leaf that is never written as an encoded word (addresses, ids, labels)."""
    as_ew_allowed = False


class _BareQuoted(TokenList):
    """A quoted string: its text has the quotes, its children are the words inside
    (so that folding it into encoded words drops the quotes, as CPython does)."""

    token_type = 'bare-quoted-string'

    def __str__(self):
        return quote_string(''.join(str(x) for x in self))


class _NoBreak(TokenList):
    syntactic_break = False


def _fws(text):
    return Terminal(text, 'fws')


def _words_and_blanks(text, word_type='vtext'):
    """Terminals for the words and blank runs of `text`."""
    return [_fws(piece) if piece[0] in WSP else Terminal(piece, word_type)
            for piece in re.findall(r'[ \t]+|[^ \t]+', text)]


# -- unstructured text ------------------------------------------------------

_EW = re.compile(r'=\?[^?\s]*\?[qQbB]\?[^?\s]*\?=')


def _try_decode_ew(word):
    """The text of an encoded word, or None if `word` is not one."""
    if not _EW.fullmatch(word):
        return None
    try:
        text, _charset, _lang, _defects = _ew.decode(word)
    except (ValueError, KeyError):
        return None
    return text


def parse_unstructured(value):
    """An 'unstructured' node: words and blanks, encoded words decoded (the blanks
    between two encoded words dropped)."""
    tokens = TokenList(token_type='unstructured')
    pending_blank = None
    last_was_ew = False
    for piece in re.findall(r'[ \t\r\n]+|[^ \t\r\n]+', value):
        if piece[0] in ' \t\r\n':
            pending_blank = piece
            continue
        decoded = _try_decode_ew(piece) if '=?' in piece else None
        if pending_blank is not None and not (decoded is not None and last_was_ew):
            tokens.append(_fws(pending_blank))
        pending_blank = None
        if decoded is not None:
            tokens.extend(_words_and_blanks(decoded) if decoded else [])
            last_was_ew = True
        else:
            tokens.append(Terminal(piece, 'vtext'))
            last_was_ew = False
    if pending_blank is not None:
        tokens.append(_fws(pending_blank))
    return tokens


def unstructured_text(value):
    return str(parse_unstructured(value))


def fixed_value(value, token_type):
    """A node whose text is written as is (message ids, versions, encodings)."""
    node = TokenList(token_type=token_type, _ew_allowed=False)
    for term in _words_and_blanks(value):
        if term.token_type == 'fws':
            node.append(term)
        elif term.startswith('<') and term.endswith('>') and len(term) > 2:
            # an id in angle brackets: its pieces may sit where a line ends
            node.extend([_Fixed('<', 'msg-id-start'), _Fixed(term[1:-1], 'vtext'),
                         _Fixed('>', 'msg-id-end')])
        else:
            node.append(_Fixed(term, 'vtext'))
    return node


# -- addresses --------------------------------------------------------------

class Mailbox:
    """What a parsed mailbox says (the display name decoded and unquoted)."""

    def __init__(self, display_name, local_part, domain, angle=False):
        self.display_name = display_name
        self.local_part = local_part
        self.domain = domain
        self.angle = angle          # written as name <addr> (or <addr>)


class ParsedAddress:
    """A mailbox (display_name None) or a group with its mailboxes."""

    def __init__(self, display_name, mailboxes, is_group):
        self.display_name = display_name
        self.all_mailboxes = mailboxes
        self.is_group = is_group


class _AddressParser:
    """Recursive descent over an address-list, building the folding tree as it goes."""

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.defects = []

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ''

    def cfws(self, into):
        """Blanks and comments, as tokens appended to `into`."""
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if c in ' \t\r\n':
                end = self.pos
                while end < len(self.text) and self.text[end] in ' \t\r\n':
                    end += 1
                into.append(_fws(self.text[self.pos:end]))
                self.pos = end
            elif c == '(':
                start = self.pos
                depth = 0
                while self.pos < len(self.text):
                    ch = self.text[self.pos]
                    if ch == '\\':
                        self.pos += 2
                        continue
                    if ch == '(':
                        depth += 1
                    elif ch == ')':
                        depth -= 1
                        if depth == 0:
                            self.pos += 1
                            break
                    self.pos += 1
                into.append(_Fixed(self.text[start:self.pos], 'comment'))
            else:
                break

    def quoted(self):
        """A quoted string at pos: (its node, its unquoted text)."""
        self.pos += 1
        chars = []
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if c == '\\' and self.pos + 1 < len(self.text):
                chars.append(self.text[self.pos + 1])
                self.pos += 2
                continue
            if c == '"':
                self.pos += 1
                break
            chars.append(c)
            self.pos += 1
        else:
            self.defects.append(errors.InvalidHeaderDefect('end of header inside quoted string'))
        content = ''.join(chars)
        node = _BareQuoted(_words_and_blanks(content, 'ptext'))
        return node, content

    def atom(self, ends):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in ends:
            self.pos += 1
        return self.text[start:self.pos]

    def phrase(self):
        """Words up to '<', ':', ',', ';' or '@': (node, decoded words)."""
        node = TokenList(token_type='display-name', ew_combine_allowed=False)
        words = []
        last_ew = False
        while self.pos < len(self.text):
            self.cfws(node)
            c = self.peek()
            if not c or c in '<>:,;@[]':
                break
            if c == '"':
                q, content = self.quoted()
                node.append(q)
                words.append(content)
                last_ew = False
                continue
            word = self.atom(ATOM_ENDS - set('."') | set('"'))
            if not word:
                self.pos += 1
                node.append(Terminal(c, 'ptext'))
                words.append(c)
                continue
            decoded = _try_decode_ew(word) if word.startswith('=?') else None
            if decoded is not None:
                node.extend(_words_and_blanks(decoded, 'vtext'))
                if last_ew and words:
                    words[-1] += decoded
                else:
                    words.append(decoded)
                last_ew = True
            else:
                node.append(Terminal(word, 'atext'))
                words.append(word)
                last_ew = False
        return node, words

    def addr_spec(self, node):
        """local-part[@domain] into `node`: (local_part, domain). Words separated by
        blanks are one local part too (RFC 822's obsolete syntax: 'a b c' is the
        local part 'a b c')."""
        local = []
        word_ends = ATOM_ENDS - set('.') | set('>')
        while True:
            if self.peek() == '"':
                q, content = self.quoted()
                node.append(_Fixed(str(q), 'quoted-local'))
                local.append(content)
            else:
                word = self.atom(word_ends)
                node.append(_Fixed(word, 'local-part'))
                local.append(word)
            if self.peek() == '.':
                self.pos += 1
                node.append(_Fixed('.', 'dot'))
                local.append('.')
                continue
            mark = self.pos
            blanks = TokenList()
            self.cfws(blanks)
            nxt = self.peek()
            if self.pos > mark and nxt and (nxt == '"' or nxt not in word_ends | set('@')):
                node.extend(blanks)
                local.append(' ')
                self.defects.append(errors.InvalidHeaderDefect('local-part is not dot-atom'))
                continue
            self.pos = mark
            break
        local_part = ''.join(local)
        domain = None
        spaces = TokenList()
        self.cfws(spaces)
        if self.peek() == '@':
            node.extend(spaces)
            self.pos += 1
            node.append(_Fixed('@', 'address-at-symbol'))
            self.cfws(node)
            if self.peek() == '[':
                end = self.text.find(']', self.pos)
                end = len(self.text) if end < 0 else end + 1
                domain = self.text[self.pos:end]
                self.pos = end
            else:
                domain = self.atom(ATOM_ENDS - set('.') | set('>'))
            node.append(_Fixed(domain, 'domain'))
        else:
            node.extend(spaces)
        return local_part, domain

    def mailbox(self):
        """One mailbox: (node, Mailbox)."""
        start = self.pos
        node = TokenList(token_type='mailbox')
        name_node, words = self.phrase()
        if self.peek() == '<':
            node.append(name_node)
            angle = TokenList(token_type='angle-addr', _ew_allowed=False)
            self.pos += 1
            angle.append(_Fixed('<', 'angle-addr-start'))
            if self.peek() == '@':
                # an obsolete source route (<@host,@host:user@domain>): skipped
                colon = self.text.find(':', self.pos)
                if colon != -1:
                    angle.append(_Fixed(self.text[self.pos:colon + 1], 'obs-route'))
                    self.pos = colon + 1
                    self.defects.append(errors.ObsoleteHeaderDefect('obsolete route specification'))
            spec = TokenList(token_type='addr-spec', _ew_allowed=False)
            local, domain = self.addr_spec(spec)
            if not local and domain is None:
                self.defects.append(errors.InvalidHeaderDefect('angle-addr with no address'))
            angle.append(spec)
            if self.peek() == '>':
                self.pos += 1
            angle.append(_Fixed('>', 'angle-addr-end'))
            self.cfws(angle)
            node.append(angle)
            name = ' '.join(words) if words else None
            return node, Mailbox(name, local, domain, angle=True)
        # a bare addr-spec: read it again from the start
        self.pos = start
        lead = TokenList()
        self.cfws(lead)
        node.extend(lead)
        spec = TokenList(token_type='addr-spec', _ew_allowed=False)
        local, domain = self.addr_spec(spec)
        node.append(spec)
        self.cfws(node)
        if not local and domain is None:
            self.defects.append(errors.InvalidHeaderDefect('expected address'))
        return node, Mailbox(None, local, domain)

    def address(self):
        """A mailbox or a group: (node, ParsedAddress)."""
        start = self.pos
        name_node, words = self.phrase()
        if self.peek() == ':':
            group = TokenList(token_type='group')
            group.append(name_node)
            self.pos += 1
            group.append(_Fixed(':', 'group-display-name-terminator'))
            mailboxes = []
            while True:
                self.cfws(group)
                if self.peek() in (';', ''):
                    break
                node, mb = self.mailbox()
                group.append(node)
                mailboxes.append(mb)
                if self.peek() == ',':
                    self.pos += 1
                    group.append(_Fixed(',', 'list-separator'))
            if self.peek() == ';':
                self.pos += 1
                group.append(_Fixed(';', 'group-terminator'))
            self.cfws(group)
            return group, ParsedAddress(' '.join(words), mailboxes, True)
        self.pos = start
        node, mb = self.mailbox()
        return node, ParsedAddress(None, [mb], False)


def parse_address_list(value):
    """(node, [ParsedAddress], defects) for an address-list header value."""
    parser = _AddressParser(value)
    tree = TokenList(token_type='address-list')
    found = []
    while parser.pos < len(value):
        before = parser.pos
        parser.cfws(tree)
        if parser.pos >= len(value):
            break
        if parser.peek() == ',':
            parser.pos += 1
            tree.append(Terminal(',', 'list-separator'))
            parser.defects.append(errors.ObsoleteHeaderDefect(
                'address-list entry with no content'))
            continue
        start = parser.pos
        node, addr = parser.address()
        junk = parser.peek() not in (',', '') or parser.pos == before
        bare = not addr.is_group and not addr.all_mailboxes[0].angle
        if junk and not bare and parser.pos > start:
            # text after 'name <addr>': dropped
            end = value.find(',', parser.pos)
            end = len(value) if end < 0 else end
            tree.append(node)
            node = _Fixed(value[parser.pos:end], 'invalid')
            parser.defects.append(errors.InvalidHeaderDefect('invalid address in address-list'))
            parser.pos = end
            junk = False
        if junk or (bare and not addr.all_mailboxes[0].local_part):
            # not an address: the text up to the next comma is an invalid mailbox
            end = value.find(',', parser.pos)
            end = len(value) if end < 0 else end
            node = _Fixed(value[start:end], 'invalid-mailbox')
            addr = ParsedAddress(None, [Mailbox(None, None, None)], False)
            parser.defects.append(errors.InvalidHeaderDefect('invalid address in address-list'))
            parser.pos = end
        elif not addr.is_group and not addr.all_mailboxes[0].local_part.isascii():
            parser.defects.append(errors.NonASCIILocalPartDefect(
                'local-part contains non-ASCII characters)'))
        tree.append(node)
        found.append(addr)
        if parser.peek() == ',':
            parser.pos += 1
            tree.append(Terminal(',', 'list-separator'))
    return tree, found, parser.defects


def parse_addr_spec(value):
    """(local_part, domain, rest) of an addr-spec string."""
    parser = _AddressParser(value)
    lead = TokenList()
    parser.cfws(lead)
    local, domain = parser.addr_spec(TokenList())
    parser.cfws(lead)
    return local, domain, value[parser.pos:]


# -- MIME parameters --------------------------------------------------------

def _split_params(text):
    """'a=1; b="x;y"' -> ['a=1', 'b="x;y"'] (semicolons in quotes kept)."""
    pieces = []
    start = 0
    quoted = False
    i = 0
    while i < len(text):
        c = text[i]
        if quoted and c == '\\':
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == ';' and not quoted:
            pieces.append(text[start:i])
            start = i + 1
        i += 1
    pieces.append(text[start:])
    return pieces


def _unquote_param(value):
    value = value.strip()
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        inner = value[1:-1]
        return re.sub(r'\\(.)', r'\1', inner)
    return value


def decode_params(pieces):
    """[(name, value)] of parameter texts, RFC 2231 sections joined and decoded."""
    order = []
    found = {}
    for piece in pieces:
        if not piece.strip():
            continue
        name, eq, value = piece.partition('=')
        name = name.strip()
        m = re.fullmatch(r'([^*]+)(?:\*(\d+))?(\*)?', name)
        if not m:
            continue
        base, section, star = m.group(1).strip().lower(), m.group(2), m.group(3)
        if base not in found:
            found[base] = []
            order.append(base)
        found[base].append((int(section) if section else 0, bool(star), value.strip() if eq else ''))
    out = []
    for base in order:
        parts = sorted(found[base], key=lambda p: p[0])
        charset = None
        texts = []
        for n, (section, extended, value) in enumerate(parts):
            if n and section == 0:
                continue        # a duplicate: the first one wins
            if extended:
                if n == 0:
                    charset, _, value = value.split("'", 2) if value.count("'") >= 2 else (None, '', value)
                raw = urllib.parse.unquote_to_bytes(value)
                try:
                    value = raw.decode(charset or 'us-ascii', 'surrogateescape')
                except (LookupError, UnicodeEncodeError):
                    value = raw.decode('us-ascii', 'surrogateescape')
            else:
                value = _unquote_param(value)
            texts.append(value)
        out.append((base, ''.join(texts)))
    return out


class MimeParameters(TokenList):
    """Parameters: written back as '; name="value"' whatever their source looked like."""

    token_type = 'mime-parameters'
    syntactic_break = False

    def __init__(self, params):
        super().__init__()
        self.params = params

    def __str__(self):
        text = '; '.join('{}={}'.format(n, quote_string(v)) if v else n for n, v in self.params)
        return ' ' + text if text else ''


def parse_parameterized(value, token_type):
    """(node, head, params) for 'head; name=value; ...' (Content-Type, -Disposition)."""
    pieces = _split_params(value)
    head = pieces[0]
    params = decode_params(pieces[1:])
    node = _NoBreak(token_type=token_type, _ew_allowed=False)
    node.extend(_Fixed(t, 'fws' if t[0] in WSP else 'token') if t[0] not in WSP else _fws(t)
                for t in re.findall(r'[ \t]+|[^ \t]+', head.strip()))
    if len(pieces) > 1:
        node.append(Terminal(';', 'parameter-separator'))
        node.params = params
        node.append(MimeParameters(params))
    else:
        node.params = params
    return node, head.strip(), params


# -- folding ----------------------------------------------------------------

def _steal_trailing_wsp(lines):
    """Take a blank off the end of the last line (to start the next one with it)."""
    if lines and lines[-1] and lines[-1][-1] in WSP:
        blank = lines[-1][-1]
        lines[-1] = lines[-1][:-1]
        return blank
    return ''


def _fold_as_ew(text, lines, maxlen, last_ew, combine, charset):
    """Write `text` as encoded words from the end of the last line on, merging it
    with the encoded word already there if allowed; return where the encoded
    word starts on its line (None if merging is not allowed)."""
    if last_ew is not None and combine:
        text = unstructured_text(lines[-1][last_ew:] + text)
        lines[-1] = lines[-1][:last_ew]
    if text[0] in WSP:
        lead = text[0]
        text = text[1:]
        if len(lines[-1]) == maxlen:
            lines.append(_steal_trailing_wsp(lines))
        lines[-1] += lead
    trail = ''
    if text[-1] in WSP:
        trail = text[-1]
        text = text[:-1]
    start = len(lines[-1]) if last_ew is None else last_ew
    encode_as = 'utf-8' if charset == 'us-ascii' else charset
    chrome = len(encode_as) + 7
    if chrome + 1 >= maxlen:
        raise errors.HeaderParseError("max_line_length is too small to fit an encoded word")
    while text:
        room = maxlen - len(lines[-1])
        space = room - chrome
        if space <= 0:
            lines.append(' ')
            continue
        chunk = text[:space]
        word = _ew.encode(chunk, charset=encode_as)
        while len(word) > room:
            chunk = chunk[:-1]
            word = _ew.encode(chunk, charset=encode_as)
        lines[-1] += word
        text = text[len(chunk):]
        if text:
            lines.append(' ')
            start = len(lines[-1])
    lines[-1] += trail
    return start if combine else None


def _fold_mime_parameters(part, lines, maxlen, encoding):
    """Write parameters as name="value" where they fit, RFC 2231 sections where not."""
    for name, value in part.params:
        if not lines[-1].rstrip().endswith(';'):
            lines[-1] += ';'
        charset = encoding
        handler = 'strict'
        try:
            value.encode(encoding)
            needs_encoding = False
        except UnicodeEncodeError:
            needs_encoding = True
            if utils._has_surrogates(value):
                charset, handler = 'unknown-8bit', 'surrogateescape'
            else:
                charset = 'utf-8'
        if needs_encoding:
            text = "{}*={}''{}".format(name, charset,
                                       urllib.parse.quote(value, safe='', errors=handler))
        else:
            text = '{}={}'.format(name, quote_string(value))
        if len(lines[-1]) + len(text) + 1 < maxlen:
            lines[-1] += ' ' + text
            continue
        if len(text) + 2 <= maxlen:
            lines.append(' ' + text)
            continue
        # RFC 2231 sections: each holds the longest start of the rest whose
        # %-encoding fits (characters are encoded one by one, so lengths add up)
        quoted = [urllib.parse.quote(ch, safe='', errors=handler) for ch in value]
        section = 0
        prefix = charset + "''"
        at = 0
        while at < len(quoted):
            chrome = len(name) + len(str(section)) + 3 + len(prefix)
            if maxlen <= chrome + 3:
                maxlen = 78
            limit = maxlen - chrome - 2
            end = at
            used = 0
            while end < len(quoted) and end - at < limit and used + len(quoted[end]) <= limit:
                used += len(quoted[end])
                end += 1
            end = max(end, at + 1)
            lines.append(" {}*{}*={}{}".format(name, section, prefix, ''.join(quoted[at:end])))
            prefix = ''
            section += 1
            at = end
            if at < len(quoted):
                lines[-1] += ';'


_END_BLOCK = Terminal('', 'wrap_as_ew_blocked')


def refold(tree, *, policy):
    """The folded text of a token tree (a header's label and value), lines ended
    with policy.linesep."""
    maxlen = policy.max_line_length or sys.maxsize
    encoding = 'utf-8' if policy.utf8 else 'us-ascii'
    lines = ['']
    last_ew = None
    blocked = 0
    want_encoding = False
    parts = list(tree)
    while parts:
        part = parts.pop(0)
        if part is _END_BLOCK:
            blocked -= 1
            continue
        text = str(part)
        if part.token_type == 'ptext' and set(text) & SPECIALS:
            want_encoding = True
        try:
            text.encode(encoding)
            charset = encoding
        except UnicodeEncodeError:
            if utils._has_surrogates(text) or \
                    any(isinstance(d, errors.UndecodableBytesDefect) for d in part.all_defects):
                charset = 'unknown-8bit'        # bytes from the source, not text
            else:
                charset = 'utf-8'
            want_encoding = True
        if part.token_type == 'mime-parameters':
            _fold_mime_parameters(part, lines, maxlen, encoding)
            continue
        if want_encoding and not blocked:
            if not part.as_ew_allowed:
                want_encoding = False
                last_ew = None
                if part.syntactic_break:
                    folded = part.fold(policy=policy)[:-len(policy.linesep)]
                    if policy.linesep not in folded:
                        if len(folded) > maxlen - len(lines[-1]):
                            lines.append(_steal_trailing_wsp(lines))
                        lines[-1] += folded
                        continue
            if not isinstance(part, str):
                parts = list(part) + parts
            else:
                last_ew = _fold_as_ew(text, lines, maxlen, last_ew,
                                      part.ew_combine_allowed, charset)
            want_encoding = False
            continue
        if len(text) <= maxlen - len(lines[-1]):
            lines[-1] += text
            continue
        # it does not fit on this line
        if part.syntactic_break and len(text) + 1 <= maxlen:
            blank = _steal_trailing_wsp(lines)
            if blank or part.startswith_fws():
                lines.append(blank + text)
                last_ew = None
                continue
        if not isinstance(part, str):
            children = list(part)
            if not part.as_ew_allowed:
                blocked += 1
                children.append(_END_BLOCK)
            parts = children + parts
            continue
        if part.as_ew_allowed and not blocked:
            # a word longer than a line: an encoded word can be split
            parts.insert(0, part)
            want_encoding = True
            continue
        blank = _steal_trailing_wsp(lines)
        if blank or part.startswith_fws():
            lines.append(blank + text)
        else:
            lines[-1] += text
    return policy.linesep.join(lines) + policy.linesep


def header_tree(name, value_tree):
    """The tree of a whole header: its label, one blank, its value."""
    label = TokenList([_Fixed(name, 'header-name'), _Fixed(':', 'header-sep')],
                      token_type='header-label', _ew_allowed=False)
    tree = TokenList([label], token_type='header')
    if value_tree:
        tree.append(TokenList([_fws(' ')], token_type='cfws'))
    tree.append(value_tree)
    return tree
