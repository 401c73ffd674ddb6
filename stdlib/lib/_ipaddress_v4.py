"""ipaddress's IPv4 classes: IPv4Address, IPv4Interface, IPv4Network (imported by ipaddress).

The version-specific part is small: dotted-quad text and the special-purpose address blocks.
Everything else comes from the shared bases in _ipaddress_base.
"""

from _ipaddress_base import (AddressValueError, IPV4LENGTH, _BaseAddress, _BaseInterface,
                       _BaseNetwork)


def _octet_value(piece):
    """The value of one dotted-quad field; ValueError says what is wrong with it."""
    if piece == '':
        raise ValueError('Empty octet not permitted')
    if not (piece.isascii() and piece.isdigit()):
        raise ValueError('Only decimal digits permitted in %r' % piece)
    if len(piece) > 3:
        raise ValueError('At most 3 characters permitted in %r' % piece)
    if len(piece) > 1 and piece.startswith('0'):
        # Refused rather than read as octal or decimal: the two readings disagree.
        raise ValueError('Leading zeros are not permitted in %r' % piece)
    value = int(piece)
    if value > 255:
        raise ValueError('Octet %d (> 255) not permitted' % value)
    return value


class _V4:
    """Version facts and dotted-quad text, mixed into every IPv4 class."""

    __slots__ = ()
    _version = 4
    _max_prefixlen = IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _masks_as_addresses = True  # '/255.255.0.0' and '/0.0.255.255' are accepted
    _mask_memo = {}

    @staticmethod
    def _int_from_text(text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        fields = text.split('.')
        if len(fields) != 4:
            raise AddressValueError('Expected 4 octets in %r' % text)
        value = 0
        try:
            for field in fields:
                value = value << 8 | _octet_value(field)
        except ValueError as problem:
            raise AddressValueError('%s in %r' % (problem, text)) from None
        return value

    @staticmethod
    def _text_of_int(value):
        return '%d.%d.%d.%d' % (value >> 24, value >> 16 & 255, value >> 8 & 255, value & 255)

    def _long_text(self):
        return str(self)

    def _ptr_name(self):
        return '.'.join(str(self).split('.')[::-1]) + '.in-addr.arpa'


class IPv4Address(_V4, _BaseAddress):
    """An IPv4 address, from a dotted quad, an int or 4 packed bytes."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        self._init_from(address)

    @property
    def is_reserved(self):
        return self in _BLOCKS.future_use

    @property
    def is_private(self):
        return any(self in block for block in _BLOCKS.not_global)

    @property
    def is_global(self):
        return self not in _BLOCKS.carrier_nat and not self.is_private

    @property
    def is_multicast(self):
        return self in _BLOCKS.multicast

    @property
    def is_unspecified(self):
        # By equality, so an interface (never equal to a bare address) is not unspecified.
        return self == _BLOCKS.unspecified

    @property
    def is_loopback(self):
        return self in _BLOCKS.loopback

    @property
    def is_link_local(self):
        return self in _BLOCKS.link_local


class IPv4Interface(_BaseInterface, IPv4Address):
    """An IPv4 address with the network it belongs to ('192.0.2.5/24')."""


class IPv4Network(_V4, _BaseNetwork):
    """An IPv4 network: '192.0.2.0/24', '192.0.2.0/255.255.255.0', (address, prefix), an int."""

    _address_class = IPv4Address

    @property
    def is_global(self):
        # 100.64.0.0/10 (carrier-grade NAT) is neither private nor global.
        shared = _BLOCKS.carrier_nat
        if self.network_address in shared and self.broadcast_address in shared:
            return False
        return not self.is_private


_V4._address_type = IPv4Address
_V4._network_type = IPv4Network


class _BLOCKS:
    """The special-purpose blocks behind the is_* properties (IANA registry as of 3.11)."""
    link_local = IPv4Network('169.254.0.0/16')
    loopback = IPv4Network('127.0.0.0/8')
    multicast = IPv4Network('224.0.0.0/4')
    carrier_nat = IPv4Network('100.64.0.0/10')
    future_use = IPv4Network('240.0.0.0/4')
    unspecified = IPv4Address(0)
    not_global = tuple(map(IPv4Network, (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
        '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')))


# The classes belong, for users, reprs and pickles, to ipaddress.
for _cls in (IPv4Address, IPv4Interface, IPv4Network):
    _cls.__module__ = 'ipaddress'
del _cls
