"""The TOML 1.0 parser: one pass over the text, building nested dicts and lists, with
the checks that keep a table or value from being defined twice."""

from . import _values

_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
_BAD_IN_STR = _CTRL - frozenset('\t')
_BAD_IN_MULTILINE = _CTRL - frozenset('\t\n')
_BAD_IN_COMMENT = _BAD_IN_STR
_BARE_KEY = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
_KEY_START = _BARE_KEY | frozenset('"\'')
_HEX = frozenset('0123456789abcdefABCDEF')
_ESCAPES = {'\\b': '\b', '\\t': '\t', '\\n': '\n', '\\f': '\f', '\\r': '\r',
            '\\"': '"', '\\\\': '\\'}


class TOMLDecodeError(ValueError):
    """An error while parsing a TOML document."""


def loads(s, /, *, parse_float=float):
    """Parse the TOML document in the str s into a dict."""
    src = s.replace('\r\n', '\n')
    return _Parser(src, _checked_parse_float(parse_float)).document()


def load(fp, /, *, parse_float=float):
    """Parse the TOML document in a binary file into a dict."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def _checked_parse_float(parse_float):
    if parse_float is float:
        return float

    def checked(text):
        value = parse_float(text)
        # A container would be taken for a table or array and changed later on.
        if isinstance(value, (dict, list)):
            raise ValueError('parse_float must not return dicts or lists')
        return value
    return checked


# Flags on a key path: a table opened by a header ([a.b] or dotted keys before one)
# cannot be opened again; a value written whole (an inline table or an array) is frozen.
_DECLARED = 0
_FROZEN = 1


class _Flags:
    """The flags set on key paths; a flag set recursively holds for everything below."""

    def __init__(self):
        self._tree = {}
        self._pending = []

    @staticmethod
    def _node():
        return {'own': set(), 'below': set(), 'children': {}}

    def set(self, key, flag, recursive=False):
        level = self._tree
        for part in key[:-1]:
            if part not in level:
                level[part] = self._node()
            level = level[part]['children']
        if key[-1] not in level:
            level[key[-1]] = self._node()
        level[key[-1]]['below' if recursive else 'own'].add(flag)

    def has(self, key, flag):
        if not key:
            return False
        level = self._tree
        for part in key[:-1]:
            if part not in level:
                return False
            if flag in level[part]['below']:
                return True
            level = level[part]['children']
        node = level.get(key[-1])
        return node is not None and (flag in node['own'] or flag in node['below'])

    def clear(self, key):
        level = self._tree
        for part in key[:-1]:
            if part not in level:
                return
            level = level[part]['children']
        level.pop(key[-1], None)

    def add_pending(self, key, flag):
        # Dotted keys declare their tables only once the current table section ends.
        self._pending.append((key, flag))

    def commit_pending(self):
        for key, flag in self._pending:
            self.set(key, flag)
        self._pending.clear()


def _table_at(root, key, into_arrays=True):
    """The dict at key under root, made on the way; KeyError when a value is in the way."""
    table = root
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if into_arrays and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError(part)
    return table


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        self.flags = _Flags()

    # -- errors and small scanners

    def error(self, msg, pos=None):
        if pos is None:
            pos = self.pos
        src = self.src
        if pos >= len(src):
            where = 'end of document'
        else:
            line = src.count('\n', 0, pos) + 1
            column = pos + 1 if line == 1 else pos - src.rindex('\n', 0, pos)
            where = f'line {line}, column {column}'
        return TOMLDecodeError(f'{msg} (at {where})')

    def peek(self, n=1):
        return self.src[self.pos:self.pos + n]

    def skip(self, chars):
        src = self.src
        pos = self.pos
        while pos < len(src) and src[pos] in chars:
            pos += 1
        self.pos = pos

    def scan_until(self, end, bad, eof_is_error):
        """Move to the next `end` (or the end of the text), checking the characters on the
        way; returns that position."""
        src = self.src
        stop = src.find(end, self.pos)
        if stop < 0:
            if eof_is_error:
                raise self.error(f'Expected {end!r}', len(src))
            stop = len(src)
        for i in range(self.pos, stop):
            if src[i] in bad:
                raise self.error(f'Found invalid character {src[i]!r}', i)
        self.pos = stop
        return stop

    def skip_comment(self):
        if self.peek() == '#':
            self.pos += 1
            self.scan_until('\n', _BAD_IN_COMMENT, False)

    def skip_array_space(self):
        # Whitespace, newlines and comments, in any number.
        while True:
            before = self.pos
            self.skip(' \t\n')
            self.skip_comment()
            if self.pos == before:
                return

    # -- the document

    def document(self):
        src = self.src
        header = ()
        while True:
            self.skip(' \t')
            c = self.peek()
            if not c:
                break
            if c == '\n':
                self.pos += 1
                continue
            if c in _KEY_START:
                self.key_value_statement(header)
            elif c == '[':
                self.flags.commit_pending()
                if self.peek(2) == '[[':
                    header = self.array_table_header()
                else:
                    header = self.table_header()
            elif c != '#':
                raise self.error('Invalid statement')
            self.skip(' \t')
            self.skip_comment()
            c = self.peek()
            if not c:
                break
            if c != '\n':
                raise self.error('Expected newline or end of document after a statement')
            self.pos += 1
        return self.root

    def table_header(self):
        # [key]
        self.pos += 1
        self.skip(' \t')
        key = self.key()
        if self.flags.has(key, _DECLARED) or self.flags.has(key, _FROZEN):
            raise self.error(f'Cannot declare {key} twice')
        self.flags.set(key, _DECLARED)
        try:
            _table_at(self.root, key)
        except KeyError:
            raise self.error('Cannot overwrite a value') from None
        if self.peek() != ']':
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_table_header(self):
        # [[key]]: a new table at the end of the array at key
        self.pos += 2
        self.skip(' \t')
        key = self.key()
        if self.flags.has(key, _FROZEN):
            raise self.error(f'Cannot mutate immutable namespace {key}')
        # Each element is a new table: what the previous one declared is forgotten.
        self.flags.clear(key)
        self.flags.set(key, _DECLARED)
        try:
            parent = _table_at(self.root, key[:-1])
            if key[-1] in parent:
                array = parent[key[-1]]
                if not isinstance(array, list):
                    raise KeyError(key[-1])
                array.append({})
            else:
                parent[key[-1]] = [{}]
        except KeyError:
            raise self.error('Cannot overwrite a value') from None
        if self.peek(2) != ']]':
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return key

    def key_value_statement(self, header):
        key, value = self.key_value()
        parent_key = header + key[:-1]
        for i in range(1, len(key)):
            table_key = header + key[:i]
            if self.flags.has(table_key, _DECLARED):
                raise self.error(f'Cannot redefine namespace {table_key}')
            self.flags.add_pending(table_key, _DECLARED)
        if self.flags.has(parent_key, _FROZEN):
            raise self.error(f'Cannot mutate immutable namespace {parent_key}')
        try:
            table = _table_at(self.root, parent_key)
        except KeyError:
            raise self.error('Cannot overwrite a value') from None
        if key[-1] in table:
            raise self.error('Cannot overwrite a value')
        if isinstance(value, (dict, list)):
            self.flags.set(header + key, _FROZEN, recursive=True)
        table[key[-1]] = value

    # -- keys and values

    def key_value(self):
        key = self.key()
        if self.peek() != '=':
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(' \t')
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(' \t')
        while self.peek() == '.':
            self.pos += 1
            self.skip(' \t')
            parts.append(self.key_part())
            self.skip(' \t')
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c and c in _BARE_KEY:
            start = self.pos
            self.skip(_BARE_KEY)
            return self.src[start:self.pos]
        if c == "'":
            return self.literal_string()
        if c == '"':
            self.pos += 1
            return self.basic_string(False)
        raise self.error('Invalid initial character for a key part')

    def value(self):
        src = self.src
        pos = self.pos
        c = self.peek()
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string('"')
            self.pos += 1
            return self.basic_string(False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.multiline_string("'")
            return self.literal_string()
        if c == 't' and src.startswith('true', pos):
            self.pos += 4
            return True
        if c == 'f' and src.startswith('false', pos):
            self.pos += 5
            return False
        if c == '[':
            return self.array()
        if c == '{':
            return self.inline_table()
        m = _values.DATETIME.match(src, pos)
        if m:
            try:
                value = _values.to_datetime(m)
            except ValueError as e:
                raise self.error('Invalid date or datetime') from e
            self.pos = m.end()
            return value
        m = _values.LOCAL_TIME.match(src, pos)
        if m:
            self.pos = m.end()
            return _values.to_time(m)
        m = _values.NUMBER.match(src, pos)
        if m:
            self.pos = m.end()
            return _values.to_number(m, self.parse_float)
        if src[pos:pos + 3] in ('inf', 'nan'):
            self.pos += 3
            return self.parse_float(src[pos:pos + 3])
        if src[pos:pos + 4] in ('-inf', '+inf', '-nan', '+nan'):
            self.pos += 4
            return self.parse_float(src[pos:pos + 4])
        raise self.error('Invalid value')

    def array(self):
        self.pos += 1
        items = []
        self.skip_array_space()
        if self.peek() == ']':
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_array_space()
            c = self.peek()
            if c == ']':
                self.pos += 1
                return items
            if c != ',':
                raise self.error('Unclosed array')
            self.pos += 1
            self.skip_array_space()
            if self.peek() == ']':
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        table = {}
        frozen = _Flags()
        self.skip(' \t')
        if self.peek() == '}':
            self.pos += 1
            return table
        while True:
            key, value = self.key_value()
            if frozen.has(key, _FROZEN):
                raise self.error(f'Cannot mutate immutable namespace {key}')
            try:
                parent = _table_at(table, key[:-1], into_arrays=False)
            except KeyError:
                raise self.error('Cannot overwrite a value') from None
            if key[-1] in parent:
                raise self.error(f'Duplicate inline table key {key[-1]!r}')
            parent[key[-1]] = value
            self.skip(' \t')
            c = self.peek()
            if c == '}':
                self.pos += 1
                return table
            if c != ',':
                raise self.error('Unclosed inline table')
            if isinstance(value, (dict, list)):
                frozen.set(key, _FROZEN, recursive=True)
            self.pos += 1
            self.skip(' \t')

    # -- strings

    def literal_string(self):
        self.pos += 1
        start = self.pos
        stop = self.scan_until("'", _BAD_IN_STR, True)
        self.pos = stop + 1
        return self.src[start:stop]

    def multiline_string(self, quote):
        self.pos += 3
        # A newline right after the opening quotes is not part of the string.
        if self.peek() == '\n':
            self.pos += 1
        if quote == "'":
            start = self.pos
            stop = self.scan_until("'''", _BAD_IN_MULTILINE, True)
            text = self.src[start:stop]
            self.pos = stop + 3
        else:
            text = self.basic_string(True)
        # Up to two more quotes before the closing three belong to the string.
        for _ in range(2):
            if self.peek() != quote:
                break
            self.pos += 1
            text += quote
        return text

    def basic_string(self, multiline):
        # Starts after the opening quote(s); ends past the closing one(s).
        src = self.src
        bad = _BAD_IN_MULTILINE if multiline else _BAD_IN_STR
        parts = []
        start = pos = self.pos
        while True:
            if pos >= len(src):
                raise self.error('Unterminated string', pos)
            c = src[pos]
            if c == '"':
                if not multiline:
                    parts.append(src[start:pos])
                    self.pos = pos + 1
                    return ''.join(parts)
                if src.startswith('"""', pos):
                    parts.append(src[start:pos])
                    self.pos = pos + 3
                    return ''.join(parts)
                pos += 1
                continue
            if c == '\\':
                parts.append(src[start:pos])
                self.pos = pos
                parts.append(self.escape(multiline))
                start = pos = self.pos
                continue
            if c in bad:
                raise self.error(f'Illegal character {c!r}', pos)
            pos += 1

    def escape(self, multiline):
        src = self.src
        code = src[self.pos:self.pos + 2]
        self.pos += 2
        if multiline and code in ('\\ ', '\\\t', '\\\n'):
            # A line-ending backslash: the newline and the whitespace after it go.
            if code != '\\\n':
                self.skip(' \t')
                c = self.peek()
                if not c:
                    return ''
                if c != '\n':
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(' \t\n')
            return ''
        if code == '\\u':
            return self.hex_char(4)
        if code == '\\U':
            return self.hex_char(8)
        if code in _ESCAPES:
            return _ESCAPES[code]
        raise self.error("Unescaped '\\' in a string")

    def hex_char(self, length):
        digits = self.src[self.pos:self.pos + length]
        if len(digits) != length or not _HEX.issuperset(digits):
            raise self.error('Invalid hex value')
        self.pos += length
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise self.error('Escaped character is not a Unicode scalar value')
        return chr(code)
