"""uuid: UUID objects (RFC 4122) and the functions that make versions 1, 3, 4 and 5.

uuid1's node is this machine's MAC address, read from /sys/class/net where there is one
with a universally administered address, else a random 48-bit number with the multicast
bit set (as RFC 4122 says for a node that is not a MAC address).
"""

import os
import sys
from enum import Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

# The variant names, in the order of the leading clock_seq_hi_variant bits 0, 10, 110, 111.
_VARIANTS = ('reserved for NCS compatibility', 'specified in RFC 4122',
             'reserved for Microsoft compatibility', 'reserved for future definition')
RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = _VARIANTS

_int = int          # UUID's properties shadow the builtin names inside the class body
_bytes = bytes
_MAX128 = 1 << 128

# Where each field lives inside the 128-bit number: (bit offset from the right, width).
_LAYOUT = (('time_low', 96, 32), ('time_mid', 80, 16), ('time_hi_version', 64, 16),
           ('clock_seq_hi_variant', 56, 8), ('clock_seq_low', 48, 8), ('node', 0, 48))


class SafeUUID(Enum):
    """Whether the platform made a uuid1 in a way that is safe across processes."""
    safe = 0
    unsafe = -1
    unknown = None


def _reorder_le(raw):
    """Swap the first three fields between little- and big-endian (the swap is its own inverse)."""
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _number_from_text(text):
    # The 'urn:' / 'uuid:' prefixes, braces and hyphens are all optional decoration.
    digits = text.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _int(digits, 16)


def _number_from_octets(raw, label):
    if len(raw) != 16:
        raise ValueError(f'{label} is not a 16-char string')
    # Only real bytes are accepted; str, bytearray and memoryview fail as in CPython.
    assert isinstance(raw, _bytes), repr(raw)
    return _int.from_bytes(raw, 'big')


def _number_from_fields(values):
    if len(values) != 6:
        raise ValueError('fields is not a 6-tuple')
    number = 0
    for position, ((_, offset, width), value) in enumerate(zip(_LAYOUT, values), 1):
        if not 0 <= value < 1 << width:
            article = 'an' if width == 8 else 'a'
            raise ValueError(f'field {position} out of range (need {article} {width}-bit value)')
        number |= value << offset
    return number


def _stamp(number, version):
    """Force the RFC 4122 variant bits (10) and the given version nibble onto number."""
    if version < 1 or version > 5:
        raise ValueError('illegal version number')
    keep = ~((0xc000 << 48) | (0xf000 << 64))
    return (number & keep) | (0x8000 << 48) | (version << 76)


class UUID:
    """An immutable 128-bit universally unique identifier.

    Made from exactly one of: a string of 32 hex digits (braces, hyphens and a 'urn:uuid:'
    prefix allowed), 16 bytes in big-endian order, 16 bytes with the first three fields
    little-endian (bytes_le), a tuple of the six fields, or an int; `version` then
    overwrites the variant and version bits.
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        sources = (hex, bytes, bytes_le, fields, int)
        if sum(1 for s in sources if s is not None) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            number = _number_from_text(hex)
        elif bytes is not None:
            number = _number_from_octets(bytes, 'bytes')
        elif bytes_le is not None:
            number = _number_from_octets(_reorder_le(bytes_le) if len(bytes_le) == 16 else bytes_le,
                                         'bytes_le')
        elif fields is not None:
            number = _number_from_fields(fields)
        else:
            number = int
            if number < 0 or number >= _MAX128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            number = _stamp(number, version)
        # __setattr__ refuses every write, so go around it.
        object.__setattr__(self, 'int', number)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    # Pickling keeps only the number, plus is_safe when it says something.
    def __getstate__(self):
        if self.is_safe == SafeUUID.unknown:
            return {'int': self.int}
        return {'int': self.int, 'is_safe': self.is_safe.value}

    def __setstate__(self, state):
        safety = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', safety)

    def __eq__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int == other.int

    def __lt__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int < other.int

    def __le__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int <= other.int

    def __gt__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int > other.int

    def __ge__(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return self.int >= other.int

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        h = '%032x' % self.int
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return f'urn:uuid:{self}'

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _reorder_le(self.int.to_bytes(16, 'big'))

    @property
    def fields(self):
        n = self.int
        return tuple((n >> offset) & ((1 << width) - 1) for _, offset, width in _LAYOUT)

    @property
    def time(self):
        """The 60-bit timestamp of a version 1 UUID (100 ns units since 1582-10-15)."""
        n = self.int
        low, mid, high = n >> 96, (n >> 80) & 0xffff, (n >> 64) & 0x0fff
        return (high << 48) | (mid << 32) | low

    @property
    def clock_seq(self):
        # 14 bits: what remains of clock_seq_hi_variant after the two variant bits, then clock_seq_low.
        return (self.int >> 48) & 0x3fff

    @property
    def variant(self):
        top = (self.int >> 61) & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        return RESERVED_MICROSOFT if top == 0b110 else RESERVED_FUTURE

    @property
    def version(self):
        # Only RFC 4122 UUIDs carry a version; the others answer None.
        if (self.int >> 62) & 0b11 == 0b10:
            return (self.int >> 76) & 0xf
        return None


def _field_view(offset, width):
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> offset) & mask)


for _name, _offset, _width in _LAYOUT:
    setattr(UUID, _name, _field_view(_offset, _width))
del _name, _offset, _width


def _mac_from_sysfs():
    """The first universally administered MAC address of a network interface, or None."""
    try:
        names = sorted(os.listdir('/sys/class/net'))
    except OSError:
        return None
    for name in names:
        try:
            with open(f'/sys/class/net/{name}/address') as f:
                text = f.read().strip()
        except OSError:
            continue
        try:
            mac = _int(text.replace(':', ''), 16)
        except ValueError:
            continue
        # Skip all-zero addresses (loopback) and locally administered ones (bit 1 of the first octet).
        if mac and not mac & (1 << 41) and len(text) == 17:
            return mac
    return None


def _random_getnode():
    # A random node with the multicast bit set, which no network card has (RFC 4122, 4.5).
    return _int.from_bytes(os.urandom(6), 'big') | (1 << 40)


_node = None


def getnode():
    """The hardware address as a 48-bit int (random, with the multicast bit, when none is found)."""
    global _node
    if _node is None:
        found = _mac_from_sysfs() if sys.platform == 'linux' else None
        _node = _random_getnode() if found is None else found
    return _node


# 100 ns ticks between the Gregorian reform (1582-10-15) and the Unix epoch.
_GREGORIAN_OFFSET = 0x01b21dd213814000
_previous_tick = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the current time, a clock sequence and the host's node (getnode())."""
    global _previous_tick
    import time
    tick = time.time_ns() // 100 + _GREGORIAN_OFFSET
    # Two calls in one process never share a timestamp, even on a coarse clock.
    if _previous_tick is not None and tick <= _previous_tick:
        tick = _previous_tick + 1
    _previous_tick = tick
    if clock_seq is None:
        clock_seq = _int.from_bytes(os.urandom(2), 'big')
    if node is None:
        node = getnode()
    elif not 0 <= node < 1 << 48:
        # The same complaint the fields constructor makes about a bad node.
        raise ValueError('field 6 out of range (need a 48-bit value)')
    number = ((tick & 0xffffffff) << 96 | ((tick >> 32) & 0xffff) << 80
              | ((tick >> 48) & 0x0fff) << 64 | (clock_seq & 0x3fff) << 48 | node)
    return UUID(int=number, version=1)


def _hashed(digest, version):
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    return _hashed(md5(namespace.bytes + _bytes(name, 'utf-8'), usedforsecurity=False).digest(), 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    return _hashed(sha1(namespace.bytes + _bytes(name, 'utf-8')).digest(), 5)


# The four namespaces of RFC 4122 appendix C differ only in the last digit of time_low.
NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500 = (
    UUID(f'6ba7b81{digit}-9dad-11d1-80b4-00c04fd430c8') for digit in '0124')
