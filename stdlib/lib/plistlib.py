"""plistlib: reading and writing Apple property lists, in the XML and the binary (bplist00) formats.

Values map as in CPython: dict (str keys), list and tuple, str, int, float, bool, bytes and
bytearray, datetime.datetime, and UID (binary format only). dumps() writes the bytes CPython
writes; loads() and load() detect the format unless fmt= names it.
"""

import binascii
import codecs
import datetime
import enum
import itertools
import os
import re
import struct
from io import BytesIO
from xml.parsers.expat import ParserCreate

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads", "dumps", "UID"]

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
globals().update(PlistFormat.__members__)


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
        return "%s(%s)" % (type(self).__name__, repr(self.data))

    def __reduce__(self):
        return type(self), (self.data,)

    def __eq__(self, other):
        if isinstance(other, UID):
            return self.data == other.data
        return NotImplemented

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# ---------------------------------------------------------------- the XML format

PLISTHEADER = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
               b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
               b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n')

# C0 controls other than tab, newline and carriage return cannot appear in XML text
_CONTROL_CHARS = re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f]')

_DATE_PATTERN = re.compile(
    r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
    r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z", re.ASCII)
_DATE_FIELDS = ('year', 'month', 'day', 'hour', 'minute', 'second')


def _date_from_string(text):
    fields = _DATE_PATTERN.match(text).groupdict()
    parts = []
    for name in _DATE_FIELDS:
        if fields[name] is None:
            break
        parts.append(int(fields[name]))
    return datetime.datetime(*parts)


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


class _XMLWriter:
    """Writes a value as an XML property list: one element per line, nested ones indented by a tab."""

    def __init__(self, file, indent_level=0, indent=b"\t", writeHeader=1, sort_keys=True, skipkeys=False):
        if writeHeader:
            file.write(PLISTHEADER)
        self.file = file
        self.stack = []
        self._indent_level = indent_level
        self.indent = indent
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def writeln(self, line):
        if line:
            if isinstance(line, str):
                line = line.encode('utf-8')
            self.file.write(self._indent_level * self.indent)
            self.file.write(line)
        self.file.write(b'\n')

    def begin_element(self, element):
        self.stack.append(element)
        self.writeln("<%s>" % element)
        self._indent_level += 1

    def end_element(self, element):
        assert self._indent_level > 0
        assert self.stack.pop() == element
        self._indent_level -= 1
        self.writeln("</%s>" % element)

    def simple_element(self, element, value=None):
        if value is None:
            self.writeln("<%s/>" % element)
        else:
            self.writeln("<%s>%s</%s>" % (element, _escape(value), element))

    def write(self, value):
        self.writeln('<plist version="1.0">')
        self.write_value(value)
        self.writeln("</plist>")

    def write_value(self, value):
        if isinstance(value, str):
            self.simple_element("string", value)
        elif value is True or value is False:
            self.simple_element("true" if value else "false")
        elif isinstance(value, int):
            if not (-1 << 63 <= value < 1 << 64):
                raise OverflowError(value)
            self.simple_element("integer", "%d" % value)
        elif isinstance(value, float):
            self.simple_element("real", repr(value))
        elif isinstance(value, dict):
            self.write_dict(value)
        elif isinstance(value, (bytes, bytearray)):
            self.write_bytes(value)
        elif isinstance(value, datetime.datetime):
            self.simple_element("date", _date_to_string(value))
        elif isinstance(value, (tuple, list)):
            self.write_array(value)
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def write_bytes(self, data):
        self.begin_element("data")
        # the base64 lines sit at the <data> element's own indentation, kept within 76 columns
        self._indent_level -= 1
        width = len(self.indent.replace(b"\t", b" " * 8) * self._indent_level)
        for line in _encode_base64(data, max(16, 76 - width)).split(b"\n"):
            if line:
                self.writeln(line)
        self._indent_level += 1
        self.end_element("data")

    def write_dict(self, d):
        if not d:
            self.simple_element("dict")
            return
        self.begin_element("dict")
        for key, value in (sorted(d.items()) if self._sort_keys else d.items()):
            if not isinstance(key, str):
                if self._skipkeys:
                    continue
                raise TypeError("keys must be strings")
            self.simple_element("key", key)
            self.write_value(value)
        self.end_element("dict")

    def write_array(self, array):
        if not array:
            self.simple_element("array")
            return
        self.begin_element("array")
        for value in array:
            self.write_value(value)
        self.end_element("array")


class _XMLParser:
    """Builds the value of an XML property list from expat's events."""

    def __init__(self, dict_type):
        self.stack = []
        self.current_key = None
        self.root = None
        self._dict_type = dict_type

    def parse(self, fileobj):
        self.parser = ParserCreate()
        self.parser.StartElementHandler = self.handle_begin_element
        self.parser.EndElementHandler = self.handle_end_element
        self.parser.CharacterDataHandler = self.handle_data
        self.parser.EntityDeclHandler = self.handle_entity_decl
        self.parser.ParseFile(fileobj)
        return self.root

    def handle_entity_decl(self, entity_name, is_parameter_entity, value, base, system_id, public_id, notation_name):
        # entities could expand without limit (the "billion laughs"): plists never need them
        raise InvalidFileException("XML entity declarations are not supported in plist files")

    def handle_begin_element(self, element, attrs):
        self.data = []
        begin = getattr(self, "begin_" + element, None)
        if begin is not None:
            begin(attrs)

    def handle_end_element(self, element):
        end = getattr(self, "end_" + element, None)
        if end is not None:
            end()

    def handle_data(self, data):
        self.data.append(data)

    def _line(self):
        return self.parser.CurrentLineNumber

    def add_object(self, value):
        if self.current_key is not None:
            if not isinstance(self.stack[-1], dict):
                raise ValueError("unexpected element at line %d" % self._line())
            self.stack[-1][self.current_key] = value
            self.current_key = None
        elif not self.stack:
            self.root = value
        else:
            if not isinstance(self.stack[-1], list):
                raise ValueError("unexpected element at line %d" % self._line())
            self.stack[-1].append(value)

    def get_data(self):
        text = ''.join(self.data)
        self.data = []
        return text

    def begin_dict(self, attrs):
        d = self._dict_type()
        self.add_object(d)
        self.stack.append(d)

    def end_dict(self):
        if self.current_key:
            raise ValueError("missing value for key '%s' at line %d" % (self.current_key, self._line()))
        self.stack.pop()

    def end_key(self):
        if self.current_key or not isinstance(self.stack[-1], dict):
            raise ValueError("unexpected key at line %d" % self._line())
        self.current_key = self.get_data()

    def begin_array(self, attrs):
        a = []
        self.add_object(a)
        self.stack.append(a)

    def end_array(self):
        self.stack.pop()

    def end_true(self):
        self.add_object(True)

    def end_false(self):
        self.add_object(False)

    def end_integer(self):
        raw = self.get_data()
        self.add_object(int(raw, 16) if raw[:2] in ('0x', '0X') else int(raw))

    def end_real(self):
        self.add_object(float(self.get_data()))

    def end_string(self):
        self.add_object(self.get_data())

    def end_data(self):
        self.add_object(_decode_base64(self.get_data()))

    def end_date(self):
        self.add_object(_date_from_string(self.get_data()))


def _is_fmt_xml(header):
    starts = (b'<?xml', b'<plist')
    if header.startswith(starts):
        return True
    # the same starts in the other Unicode encodings, after their byte order marks
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                          (codecs.BOM_UTF16_LE, "utf-16-le")):
        if header.startswith(bom):
            for start in starts:
                marked = bom + start.decode('ascii').encode(encoding)
                if header[:len(marked)] == marked:
                    return True
    return False


# ---------------------------------------------------------------- the binary format

# the struct codes of big-endian unsigned ints of 1, 2, 4 and 8 bytes
_BINARY_FORMAT = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}

# values written once however often they occur (containers are written once per occurrence)
_scalars = (str, int, float, datetime.datetime, bytes)

_EPOCH = datetime.datetime(2001, 1, 1)

_undefined = object()


def _is_fmt_binary(header):
    return header[:8] == b'bplist00'


def _count_to_size(count):
    for size in (1, 2, 4):
        if count < 1 << (8 * size):
            return size
    return 8


class _BinaryParser:
    """Reads a bplist00 file: objects, the table of their offsets, and a 32-byte trailer at the end."""

    def __init__(self, dict_type):
        self._dict_type = dict_type

    def parse(self, fp):
        try:
            self._fp = fp
            fp.seek(-32, os.SEEK_END)
            trailer = fp.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            offset_size, self._ref_size, count, top, table_at = struct.unpack('>6xBBQQQ', trailer)
            fp.seek(table_at)
            self._object_offsets = self._read_ints(count, offset_size)
            self._objects = [_undefined] * count
            return self._read_object(top)
        except (OSError, IndexError, struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def _get_size(self, low):
        # 0xF: the size follows as an int object
        if low != 0xF:
            return low
        width = 1 << (self._fp.read(1)[0] & 0x3)
        return struct.unpack('>' + _BINARY_FORMAT[width], self._fp.read(width))[0]

    def _read_ints(self, n, size):
        data = self._fp.read(size * n)
        if size in _BINARY_FORMAT:
            return struct.unpack(f'>{n}{_BINARY_FORMAT[size]}', data)
        if not size or len(data) != size * n:
            raise InvalidFileException()
        return tuple(int.from_bytes(data[at:at + size], 'big') for at in range(0, size * n, size))

    def _read_refs(self, n):
        return self._read_ints(n, self._ref_size)

    def _read_exactly(self, size):
        data = self._fp.read(size)
        if len(data) != size:
            raise InvalidFileException()
        return data

    def _read_object(self, ref):
        # an object met before is the same object (the references may share it)
        found = self._objects[ref]
        if found is not _undefined:
            return found
        fp = self._fp
        fp.seek(self._object_offsets[ref])
        token = fp.read(1)[0]
        high, low = token & 0xF0, token & 0x0F
        if token == 0x00:
            result = None
        elif token == 0x08:
            result = False
        elif token == 0x09:
            result = True
        elif token == 0x0f:
            result = b''
        elif high == 0x10:
            result = int.from_bytes(fp.read(1 << low), 'big', signed=low >= 3)
        elif token == 0x22:
            result = struct.unpack('>f', fp.read(4))[0]
        elif token == 0x23:
            result = struct.unpack('>d', fp.read(8))[0]
        elif token == 0x33:
            # seconds since 2001-01-01, the Mac OS X epoch
            result = _EPOCH + datetime.timedelta(seconds=struct.unpack('>d', fp.read(8))[0])
        elif high == 0x40:
            result = self._read_exactly(self._get_size(low))
        elif high == 0x50:
            result = self._read_exactly(self._get_size(low)).decode('ascii')
        elif high == 0x60:
            result = self._read_exactly(self._get_size(low) * 2).decode('utf-16be')
        elif high == 0x80:
            result = UID(int.from_bytes(fp.read(1 + low), 'big'))
        elif high == 0xA0:
            refs = self._read_refs(self._get_size(low))
            result = []
            self._objects[ref] = result
            result.extend(self._read_object(r) for r in refs)
        elif high == 0xD0:
            n = self._get_size(low)
            key_refs = self._read_refs(n)
            value_refs = self._read_refs(n)
            result = self._dict_type()
            self._objects[ref] = result
            try:
                for k, v in zip(key_refs, value_refs):
                    result[self._read_object(k)] = self._read_object(v)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self._objects[ref] = result
        return result


class _BinaryWriter:
    """Writes a bplist00 file: every object once (equal scalars shared), then the offsets and the trailer."""

    def __init__(self, fp, sort_keys, skipkeys):
        self._fp = fp
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def write(self, value):
        self._objlist = []
        self._objtable = {}      # (type, value) -> ref, for scalars
        self._objidtable = {}    # id -> ref, for containers and other objects
        self._flatten(value)
        count = len(self._objlist)
        self._object_offsets = [0] * count
        self._ref_size = _count_to_size(count)
        self._ref_format = _BINARY_FORMAT[self._ref_size]
        self._fp.write(b'bplist00')
        for obj in self._objlist:
            self._write_object(obj)
        top = self._getrefnum(value)
        table_at = self._fp.tell()
        offset_size = _count_to_size(table_at)
        self._fp.write(struct.pack('>' + _BINARY_FORMAT[offset_size] * count, *self._object_offsets))
        # sort version 0, then the sizes, the count, the top object and where the offsets are
        self._fp.write(struct.pack('>5xBBBQQQ', 0, offset_size, self._ref_size, count, top, table_at))

    def _items(self, d):
        items = sorted(d.items()) if self._sort_keys else d.items()
        for key, value in items:
            if not isinstance(key, str):
                if self._skipkeys:
                    continue
                raise TypeError("keys must be strings")
            yield key, value

    def _flatten(self, value):
        if isinstance(value, _scalars):
            if (type(value), value) in self._objtable:
                return
            self._objtable[(type(value), value)] = len(self._objlist)
        else:
            if id(value) in self._objidtable:
                return
            self._objidtable[id(value)] = len(self._objlist)
        self._objlist.append(value)
        if isinstance(value, dict):
            pairs = list(self._items(value))
            for o in itertools.chain((k for k, _ in pairs), (v for _, v in pairs)):
                self._flatten(o)
        elif isinstance(value, (list, tuple)):
            for o in value:
                self._flatten(o)

    def _getrefnum(self, value):
        if isinstance(value, _scalars):
            return self._objtable[(type(value), value)]
        return self._objidtable[id(value)]

    def _write_size(self, token, size):
        if size < 15:
            self._fp.write(struct.pack('>B', token | size))
            return
        # 0xF, then the size as an int object of the smallest width
        for marker, code, limit in ((0x10, 'B', 1 << 8), (0x11, 'H', 1 << 16), (0x12, 'L', 1 << 32), (0x13, 'Q', None)):
            if limit is None or size < limit:
                self._fp.write(struct.pack('>BB' + code, token | 0xF, marker, size))
                return

    def _write_int(self, value):
        if value < 0:
            try:
                self._fp.write(struct.pack('>Bq', 0x13, value))
            except struct.error:
                raise OverflowError(value) from None
        elif value < 1 << 8:
            self._fp.write(struct.pack('>BB', 0x10, value))
        elif value < 1 << 16:
            self._fp.write(struct.pack('>BH', 0x11, value))
        elif value < 1 << 32:
            self._fp.write(struct.pack('>BL', 0x12, value))
        elif value < 1 << 63:
            self._fp.write(struct.pack('>BQ', 0x13, value))
        elif value < 1 << 64:
            self._fp.write(b'\x14' + value.to_bytes(16, 'big', signed=True))
        else:
            raise OverflowError(value)

    def _write_uid(self, uid):
        n = uid.data
        if n < 0:
            raise ValueError("UIDs must be positive")
        for token, code, limit in ((0x80, 'B', 1 << 8), (0x81, 'H', 1 << 16), (0x83, 'L', 1 << 32), (0x87, 'Q', 1 << 64)):
            if n < limit:
                self._fp.write(struct.pack('>B' + code, token, n))
                return
        raise OverflowError(uid)

    def _write_object(self, value):
        fp = self._fp
        self._object_offsets[self._getrefnum(value)] = fp.tell()
        if value is None:
            fp.write(b'\x00')
        elif value is False:
            fp.write(b'\x08')
        elif value is True:
            fp.write(b'\x09')
        elif isinstance(value, int):
            self._write_int(value)
        elif isinstance(value, float):
            fp.write(struct.pack('>Bd', 0x23, value))
        elif isinstance(value, datetime.datetime):
            fp.write(struct.pack('>Bd', 0x33, (value - _EPOCH).total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self._write_size(0x40, len(value))
            fp.write(value)
        elif isinstance(value, str):
            try:
                data = value.encode('ascii')
                self._write_size(0x50, len(value))
            except UnicodeEncodeError:
                data = value.encode('utf-16be')
                self._write_size(0x60, len(data) // 2)
            fp.write(data)
        elif isinstance(value, UID):
            self._write_uid(value)
        elif isinstance(value, (list, tuple)):
            refs = [self._getrefnum(o) for o in value]
            self._write_size(0xA0, len(refs))
            fp.write(struct.pack('>' + self._ref_format * len(refs), *refs))
        elif isinstance(value, dict):
            pairs = list(self._items(value))
            self._write_size(0xD0, len(pairs))
            fmt = '>' + self._ref_format * len(pairs)
            fp.write(struct.pack(fmt, *(self._getrefnum(k) for k, _ in pairs)))
            fp.write(struct.pack(fmt, *(self._getrefnum(v) for _, v in pairs)))
        else:
            raise TypeError(value)


_FORMATS = {
    FMT_XML: dict(detect=_is_fmt_xml, parser=_XMLParser, writer=_XMLWriter),
    FMT_BINARY: dict(detect=_is_fmt_binary, parser=_BinaryParser, writer=_BinaryWriter),
}


def load(fp, *, fmt=None, dict_type=dict):
    """Reads a property list from binary file `fp`; `fmt` None detects FMT_XML or FMT_BINARY."""
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        for info in _FORMATS.values():
            if info['detect'](header):
                parser = info['parser']
                break
        else:
            raise InvalidFileException()
    else:
        parser = _FORMATS[fmt]['parser']
    return parser(dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """Reads a property list from bytes."""
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Writes `value` as a property list to binary file `fp`."""
    if fmt not in _FORMATS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    _FORMATS[fmt]["writer"](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """`value` as a property list, in bytes."""
    fp = BytesIO()
    dump(value, fp, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return fp.getvalue()
