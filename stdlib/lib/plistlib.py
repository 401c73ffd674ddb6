"""plistlib: reading and writing Apple property lists, in the XML and the binary (bplist00) formats.

Values map as in CPython: dict (str keys), list and tuple, str, int, float, bool, bytes and
bytearray, datetime.datetime, and UID (binary format only). dumps() writes the bytes CPython
writes; loads() and load() detect the format unless fmt= names it.
"""

import binascii
import codecs
import datetime
import enum
import os
import re
import struct
from io import BytesIO
from xml.parsers import expat as _expat

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads", "dumps", "UID"]

PlistFormat = enum.Enum('PlistFormat', ['FMT_XML', 'FMT_BINARY'], module=__name__)
FMT_XML = PlistFormat.FMT_XML
FMT_BINARY = PlistFormat.FMT_BINARY


class UID:
    """A reference to an object of a keyed archive (NSKeyedArchiver): an int in 0 .. 2**64-1."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return f"{type(self).__name__}({self.data!r})"

    def __reduce__(self):
        return type(self), (self.data,)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return other.data == self.data

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message='Invalid file'):
        super().__init__(message)


# ---------------------------------------------------------------- the XML format

PLISTHEADER = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
               b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
               b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n')

# C0 controls other than tab, newline and carriage return cannot appear in XML text
_CONTROL_CHARS = re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f]')

_DATE_PATTERN = re.compile(
    r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
    r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z", 256)  # re.ASCII, as an int: re's flags would import enum


def _date_from_string(text):
    # the fields present form a prefix of year, month, day, hour, minute, second
    groups = _DATE_PATTERN.match(text).groupdict().values()
    present = []
    for field in groups:
        if field is None:
            break
        present.append(int(field))
    return datetime.datetime(*present)


def _date_to_string(d):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (d.year, d.month, d.day, d.hour, d.minute, d.second)


def _escape(text):
    if _CONTROL_CHARS.search(text) is not None:
        raise ValueError("strings can't contain control characters; use bytes instead")
    # line ends become "\n"; the three markup characters become entities
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _encode_base64(data, maxlinelength=76):
    # whole groups of three bytes per line, so that each line is a complete base64 line
    chunk = (maxlinelength // 4) * 3
    return b''.join(binascii.b2a_base64(data[at:at + chunk]) for at in range(0, len(data), chunk))


def _decode_base64(text):
    if isinstance(text, str):
        text = text.encode("utf-8")
    return binascii.a2b_base64(text)


def _dict_items(d, sort_keys, skipkeys):
    """Yields the (key, value) pairs of `d` that get written, in the order they get written."""
    pairs = sorted(d.items()) if sort_keys else d.items()
    for key, value in pairs:
        if isinstance(key, str):
            yield key, value
        elif not skipkeys:
            raise TypeError("keys must be strings")


class _XMLWriter:
    """Writes a value as an XML property list: one element per line, nested ones indented by a tab."""

    _TAB = b"\t"

    def __init__(self, file, sort_keys=True, skipkeys=False):
        file.write(PLISTHEADER)
        self._file = file
        self._depth = 0
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def _emit(self, text):
        if isinstance(text, str):
            text = text.encode('utf-8')
        if text:
            self._file.write(self._TAB * self._depth + text + b'\n')
        else:
            self._file.write(b'\n')

    def _open(self, tag):
        self._emit(f"<{tag}>")
        self._depth += 1

    def _close(self, tag):
        self._depth -= 1
        self._emit(f"</{tag}>")

    def _leaf(self, tag, text=None):
        if text is None:
            self._emit(f"<{tag}/>")
        else:
            self._emit(f"<{tag}>{_escape(text)}</{tag}>")

    def write(self, value):
        self._emit('<plist version="1.0">')
        self._value(value)
        self._emit("</plist>")

    def _value(self, value):
        if isinstance(value, str):
            return self._leaf("string", value)
        if value is True:
            return self._leaf("true")
        if value is False:
            return self._leaf("false")
        if isinstance(value, int):
            if value < -(1 << 63) or value >= 1 << 64:
                raise OverflowError(value)
            return self._leaf("integer", str(int(value)))
        if isinstance(value, float):
            return self._leaf("real", repr(value))
        if isinstance(value, dict):
            return self._container("dict", value)
        if isinstance(value, (bytes, bytearray)):
            return self._data(value)
        if isinstance(value, datetime.datetime):
            return self._leaf("date", _date_to_string(value))
        if isinstance(value, (tuple, list)):
            return self._container("array", value)
        raise TypeError(f"unsupported type: {type(value)}")

    def _container(self, tag, container):
        # an empty container is one element; skipped keys may leave a non-empty dict's element empty
        if not container:
            return self._leaf(tag)
        self._open(tag)
        if tag == "dict":
            for key, member in _dict_items(container, self._sort_keys, self._skipkeys):
                self._leaf("key", key)
                self._value(member)
        else:
            for member in container:
                self._value(member)
        self._close(tag)

    def _data(self, data):
        # the base64 lines sit at the <data> element's own indentation, kept within 76 columns
        self._emit("<data>")
        columns = len(self._TAB.replace(b"\t", b" " * 8) * self._depth)
        for line in _encode_base64(data, max(16, 76 - columns)).splitlines():
            if line:
                self._emit(line)
        self._emit("</data>")


class _XMLParser:
    """Builds the value of an XML property list from expat's events."""

    def __init__(self, dict_type):
        self._dict_type = dict_type
        self._open_containers = []
        self._pending_key = None
        self._text = []
        self._result = None
        self._on_close = {
            'key': self._close_key, 'dict': self._close_dict, 'array': self._close_array,
            'true': lambda: self._add(True), 'false': lambda: self._add(False),
            'integer': self._close_integer, 'real': lambda: self._add(float(self._take_text())),
            'string': lambda: self._add(self._take_text()),
            'data': lambda: self._add(_decode_base64(self._take_text())),
            'date': lambda: self._add(_date_from_string(self._take_text())),
        }

    def parse(self, fileobj):
        reader = _expat.ParserCreate()
        reader.StartElementHandler = self._start
        reader.EndElementHandler = self._end
        reader.CharacterDataHandler = self._text_chunk
        reader.EntityDeclHandler = self._refuse_entity
        self._reader = reader
        reader.ParseFile(fileobj)
        return self._result

    def _refuse_entity(self, *declaration):
        # entities could expand without limit (the "billion laughs"): plists never need them
        raise InvalidFileException("XML entity declarations are not supported in plist files")

    def _start(self, tag, attrs):
        self._text = []
        if tag == 'dict':
            self._push(self._dict_type())
        elif tag == 'array':
            self._push([])

    def _end(self, tag):
        handler = self._on_close.get(tag)
        if handler is not None:
            handler()

    def _text_chunk(self, chunk):
        self._text.append(chunk)

    def _take_text(self):
        text = ''.join(self._text)
        self._text = []
        return text

    def _misplaced(self, what):
        return ValueError(f"unexpected {what} at line {self._reader.CurrentLineNumber}")

    def _push(self, container):
        self._add(container)
        self._open_containers.append(container)

    def _add(self, value):
        stack = self._open_containers
        key = self._pending_key
        if key is not None:
            if not isinstance(stack[-1], dict):
                raise self._misplaced("element")
            stack[-1][key] = value
            self._pending_key = None
        elif stack:
            if not isinstance(stack[-1], list):
                raise self._misplaced("element")
            stack[-1].append(value)
        else:
            self._result = value

    def _close_key(self):
        if self._pending_key or not isinstance(self._open_containers[-1], dict):
            raise self._misplaced("key")
        self._pending_key = self._take_text()

    def _close_dict(self):
        if self._pending_key:
            raise ValueError(f"missing value for key '{self._pending_key}' at line {self._reader.CurrentLineNumber}")
        self._open_containers.pop()

    def _close_array(self):
        self._open_containers.pop()

    def _close_integer(self):
        digits = self._take_text()
        hexadecimal = digits[:2] in ('0x', '0X')
        self._add(int(digits, 16) if hexadecimal else int(digits))


# the starts of an XML plist, bare or after the byte order mark of a Unicode encoding
_XML_STARTS = tuple(
    mark + start.encode(encoding)
    for mark, encoding in ((b'', 'ascii'), (codecs.BOM_UTF8, 'utf-8'),
                           (codecs.BOM_UTF16_BE, 'utf-16-be'), (codecs.BOM_UTF16_LE, 'utf-16-le'))
    for start in ('<?xml', '<plist'))


def _is_fmt_xml(header):
    return header.startswith(_XML_STARTS)


# ---------------------------------------------------------------- the binary format

# the struct codes of big-endian unsigned ints of 1, 2, 4 and 8 bytes
_UINT_CODES = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}
_LOG2_WIDTH = {1: 0, 2: 1, 4: 2, 8: 3}

# values written once however often they occur (containers are written once per occurrence)
_SHARED_TYPES = (str, int, float, datetime.datetime, bytes)

_EPOCH = datetime.datetime(2001, 1, 1)

_MISSING = object()


def _is_fmt_binary(header):
    return header.startswith(b'bplist00')


def _count_to_size(count):
    for width in (1, 2, 4):
        if count < 1 << (8 * width):
            return width
    return 8


class _BinaryParser:
    """Reads a bplist00 file: objects, the table of their offsets, and a 32-byte trailer at the end."""

    def __init__(self, dict_type):
        self._dict_type = dict_type

    def parse(self, fp):
        self._fp = fp
        try:
            fp.seek(-32, os.SEEK_END)
            trailer = fp.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            offset_width, self._ref_width, count, top, table_at = struct.unpack('>6xBBQQQ', trailer)
            fp.seek(table_at)
            self._offsets = self._uints(count, offset_width)
            self._cache = [_MISSING] * count
            return self._object(top)
        except (OSError, IndexError, struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def _length(self, nibble):
        # 0xF: the length follows as an int object
        if nibble < 0xF:
            return nibble
        width = 1 << (self._fp.read(1)[0] & 0x3)
        return struct.unpack('>' + _UINT_CODES[width], self._fp.read(width))[0]

    def _uints(self, how_many, width):
        raw = self._fp.read(width * how_many)
        code = _UINT_CODES.get(width)
        if code is not None:
            return struct.unpack('>%d%s' % (how_many, code), raw)
        if width == 0 or len(raw) != width * how_many:
            raise InvalidFileException()
        return tuple(int.from_bytes(raw[i:i + width], 'big') for i in range(0, len(raw), width))

    def _exactly(self, n):
        chunk = self._fp.read(n)
        if len(chunk) != n:
            raise InvalidFileException()
        return chunk

    def _object(self, ref):
        # an object met before is the same object (the references may share it)
        known = self._cache[ref]
        if known is not _MISSING:
            return known
        self._fp.seek(self._offsets[ref])
        marker = self._fp.read(1)[0]
        if marker in _FIXED_MARKERS:
            value = _FIXED_MARKERS[marker](self._fp)
        else:
            reader = self._BY_HIGH_NIBBLE.get(marker >> 4)
            if reader is None:
                raise InvalidFileException()
            value = reader(self, marker & 0xF, ref)
        self._cache[ref] = value
        return value

    def _int(self, nibble, ref):
        return int.from_bytes(self._fp.read(1 << nibble), 'big', signed=nibble >= 3)

    def _bytes(self, nibble, ref):
        return self._exactly(self._length(nibble))

    def _ascii(self, nibble, ref):
        return self._exactly(self._length(nibble)).decode('ascii')

    def _utf16(self, nibble, ref):
        return self._exactly(2 * self._length(nibble)).decode('utf-16be')

    def _uid(self, nibble, ref):
        return UID(int.from_bytes(self._fp.read(nibble + 1), 'big'))

    def _array(self, nibble, ref):
        members = self._uints(self._length(nibble), self._ref_width)
        # registered before its members are read, so that it may contain itself
        array = self._cache[ref] = []
        for member in members:
            array.append(self._object(member))
        return array

    def _dict(self, nibble, ref):
        n = self._length(nibble)
        keys = self._uints(n, self._ref_width)
        values = self._uints(n, self._ref_width)
        mapping = self._cache[ref] = self._dict_type()
        try:
            for i in range(n):
                mapping[self._object(keys[i])] = self._object(values[i])
        except TypeError:
            raise InvalidFileException()
        return mapping

    _BY_HIGH_NIBBLE = {0x1: _int, 0x4: _bytes, 0x5: _ascii, 0x6: _utf16, 0x8: _uid, 0xA: _array, 0xD: _dict}


# one-byte markers whose meaning does not depend on a length nibble
_FIXED_MARKERS = {
    0x00: lambda fp: None,
    0x08: lambda fp: False,
    0x09: lambda fp: True,
    0x0F: lambda fp: b'',
    0x22: lambda fp: struct.unpack('>f', fp.read(4))[0],
    0x23: lambda fp: struct.unpack('>d', fp.read(8))[0],
    # seconds since 2001-01-01, the Mac OS X epoch
    0x33: lambda fp: _EPOCH + datetime.timedelta(seconds=struct.unpack('>d', fp.read(8))[0]),
}


def _uint_object(n):
    """The bytes of a non-negative int below 2**63 as an int object of the smallest width."""
    width = _count_to_size(n)
    return bytes([0x10 | _LOG2_WIDTH[width]]) + n.to_bytes(width, 'big')


class _BinaryWriter:
    """Writes a bplist00 file: every object once (equal scalars shared), then the offsets and the trailer."""

    def __init__(self, fp, sort_keys, skipkeys):
        self._fp = fp
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def write(self, value):
        self._order = []          # the objects, in the order they get written
        self._scalar_refs = {}    # (type, value) -> ref
        self._other_refs = {}     # id -> ref, for containers and the rest
        self._collect(value)
        count = len(self._order)
        self._ref_width = _count_to_size(count)
        offsets = []
        self._fp.write(b'bplist00')
        for obj in self._order:
            offsets.append(self._fp.tell())
            self._put(obj)
        top = self._ref(value)
        table_at = self._fp.tell()
        offset_width = _count_to_size(table_at)
        self._fp.write(b''.join(at.to_bytes(offset_width, 'big') for at in offsets))
        # sort version 0, then the widths, the count, the top object and where the offsets are
        self._fp.write(bytes(6) + bytes([offset_width, self._ref_width])
                       + struct.pack('>QQQ', count, top, table_at))

    def _identity(self, value):
        if isinstance(value, _SHARED_TYPES):
            return self._scalar_refs, (type(value), value)
        return self._other_refs, id(value)

    def _collect(self, value):
        table, key = self._identity(value)
        if key in table:
            return
        table[key] = len(self._order)
        self._order.append(value)
        if isinstance(value, dict):
            pairs = list(_dict_items(value, self._sort_keys, self._skipkeys))
            for name, _ in pairs:
                self._collect(name)
            for _, member in pairs:
                self._collect(member)
        elif isinstance(value, (list, tuple)):
            for member in value:
                self._collect(member)

    def _ref(self, value):
        table, key = self._identity(value)
        return table[key]

    def _refs(self, values):
        return b''.join(self._ref(v).to_bytes(self._ref_width, 'big') for v in values)

    def _head(self, high, length):
        # lengths of 15 and more: nibble 0xF, then the length as an int object
        if length < 15:
            self._fp.write(bytes([high | length]))
        else:
            self._fp.write(bytes([high | 0xF]) + _uint_object(length))

    def _put(self, value):
        out = self._fp.write
        if value is None:
            out(b'\x00')
        elif value is False:
            out(b'\x08')
        elif value is True:
            out(b'\x09')
        elif isinstance(value, int):
            out(self._int_bytes(value))
        elif isinstance(value, float):
            out(b'\x23' + struct.pack('>d', value))
        elif isinstance(value, datetime.datetime):
            out(b'\x33' + struct.pack('>d', (value - _EPOCH).total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self._head(0x40, len(value))
            out(value)
        elif isinstance(value, str):
            if value.isascii():
                self._head(0x50, len(value))
                out(value.encode('ascii'))
            else:
                encoded = value.encode('utf-16be')
                self._head(0x60, len(encoded) // 2)
                out(encoded)
        elif isinstance(value, UID):
            out(self._uid_bytes(value))
        elif isinstance(value, (list, tuple)):
            self._head(0xA0, len(value))
            out(self._refs(value))
        elif isinstance(value, dict):
            pairs = list(_dict_items(value, self._sort_keys, self._skipkeys))
            self._head(0xD0, len(pairs))
            out(self._refs([k for k, _ in pairs]))
            out(self._refs([v for _, v in pairs]))
        else:
            raise TypeError(value)

    @staticmethod
    def _int_bytes(n):
        if n < -(1 << 63) or n >= 1 << 64:
            raise OverflowError(n)
        if n < 0:
            return b'\x13' + n.to_bytes(8, 'big', signed=True)
        if n >= 1 << 63:
            # above the signed 64-bit range: a 16-byte int
            return b'\x14' + n.to_bytes(16, 'big', signed=True)
        return _uint_object(int(n))

    @staticmethod
    def _uid_bytes(uid):
        n = uid.data
        if n < 0:
            raise ValueError("UIDs must be positive")
        if n >= 1 << 64:
            raise OverflowError(uid)
        width = _count_to_size(n)
        return bytes([0x80 | (width - 1)]) + n.to_bytes(width, 'big')


def _format_table():
    return {FMT_XML: (_is_fmt_xml, _XMLParser, _XMLWriter),
            FMT_BINARY: (_is_fmt_binary, _BinaryParser, _BinaryWriter)}


_FORMATS = _format_table()


def load(fp, *, fmt=None, dict_type=dict):
    """Reads a property list from binary file `fp`; `fmt` None detects FMT_XML or FMT_BINARY."""
    if fmt is not None:
        reader_class = _FORMATS[fmt][1]
    else:
        header = fp.read(32)
        fp.seek(0)
        matching = [entry[1] for entry in _FORMATS.values() if entry[0](header)]
        if not matching:
            raise InvalidFileException()
        reader_class = matching[0]
    return reader_class(dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """Reads a property list from bytes."""
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Writes `value` as a property list to binary file `fp`."""
    entry = _FORMATS.get(fmt)
    if entry is None:
        raise ValueError(f"Unsupported format: {fmt!r}")
    entry[2](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """`value` as a property list, in bytes."""
    buffer = BytesIO()
    dump(value, buffer, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return buffer.getvalue()
