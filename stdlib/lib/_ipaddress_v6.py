"""ipaddress's IPv6 classes: IPv6Address, IPv6Interface, IPv6Network (imported by ipaddress).

The version-specific part: colon-hex text ('::' shorthand, an embedded dotted quad at the end,
a '%scope' zone on addresses), the embedded-IPv4 views, and the special-purpose blocks.
"""

from _ipaddress_base import (AddressValueError, IPV6LENGTH, _BaseAddress, _BaseInterface,
                       _BaseNetwork)
from _ipaddress_v4 import IPv4Address

_GROUPS = 8
_HEX = frozenset('0123456789abcdefABCDEF')


def _group_value(piece):
    if not _HEX.issuperset(piece):
        raise ValueError('Only hex digits permitted in %r' % piece)
    if len(piece) > 4:
        raise ValueError('At most 4 characters permitted in %r' % piece)
    return int(piece, 16)


def _groups_of(text):
    """The eight group strings `text` spells, '::' filled in; AddressValueError if malformed.
    The checks run in the order whose messages CPython reports first."""
    pieces = text.split(':')
    if len(pieces) < 3:
        raise AddressValueError('At least 3 parts expected in %r' % text)
    if '.' in pieces[-1]:
        try:
            quad = IPv4Address(pieces.pop())._ip
        except AddressValueError as problem:
            raise AddressValueError('%s in %r' % (problem, text)) from None
        pieces += ['%x' % (quad >> 16), '%x' % (quad & 0xFFFF)]
    if len(pieces) > _GROUPS + 1:
        raise AddressValueError('At most %d colons permitted in %r' % (_GROUPS, text))
    # An empty piece strictly inside the list is where '::' stood.
    holes = [i for i in range(1, len(pieces) - 1) if pieces[i] == '']
    if len(holes) > 1:
        raise AddressValueError("At most one '::' permitted in %r" % text)
    if not holes:
        if len(pieces) != _GROUPS:
            raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                    % (_GROUPS, text))
        before, after = pieces, []
    else:
        before, after = pieces[:holes[0]], pieces[holes[0] + 1:]
    # A leading or trailing ':' is only allowed as half of a '::' at that end.
    if before and before[0] == '':
        if holes and len(before) == 1:
            before = []
        else:
            raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % text)
    if after and after[-1] == '' or not holes and pieces[-1] == '':
        if holes and len(after) == 1:
            after = []
        else:
            raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % text)
    if holes:
        missing = _GROUPS - len(before) - len(after)
        if missing < 1:
            raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                    % (_GROUPS - 1, text))
        return before + ['0'] * missing + after
    return before


def _zero_run_to_drop(groups):
    """(start, end) of the first longest run of at least two '0' groups, or None."""
    best = None
    start = None
    for index, group in enumerate(groups + ['end']):
        if group == '0':
            if start is None:
                start = index
            continue
        if start is not None:
            if index - start > 1 and (best is None or index - start > best[1] - best[0]):
                best = (start, index)
            start = None
    return best


class _V6:
    """Version facts and colon-hex text, mixed into every IPv6 class."""

    __slots__ = ()
    _version = 6
    _max_prefixlen = IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _masks_as_addresses = False  # only '/64'-style prefix lengths
    _mask_memo = {}

    @staticmethod
    def _int_from_text(text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        value = 0
        try:
            for group in _groups_of(text):
                value = value << 16 | _group_value(group)
        except AddressValueError:
            raise
        except ValueError as problem:
            raise AddressValueError('%s in %r' % (problem, text)) from None
        return value

    @staticmethod
    def _text_of_int(value):
        groups = ['%x' % (value >> shift & 0xFFFF) for shift in range(112, -16, -16)]
        run = _zero_run_to_drop(groups)
        if run is None:
            return ':'.join(groups)
        start, end = run
        return ':'.join(groups[:start]) + '::' + ':'.join(groups[end:])

    def _long_text(self):
        if isinstance(self, _BaseNetwork):
            value = self.network_address._ip
        elif isinstance(self, _BaseInterface) or self._scope_id is None:
            value = self._ip
        else:
            # As in CPython 3.11, a scoped address's text is parsed again, '%zone' included,
            # which fails: the error is what users see.
            value = self._int_from_text(str(self))
        digits = '%032x' % value
        text = ':'.join([digits[i:i + 4] for i in range(0, 32, 4)])
        if isinstance(self, (_BaseNetwork, _BaseInterface)):
            text += '/%d' % self._prefixlen
        return text

    def _ptr_name(self):
        nibbles = self.exploded.replace(':', '')
        return '.'.join(reversed(nibbles)) + '.ip6.arpa'


class IPv6Address(_V6, _BaseAddress):
    """An IPv6 address, from text (with an optional '%scope'), an int or 16 packed bytes."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, (int, bytes)):
            self._init_from(address)
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError("Unexpected '/' in %r" % (address,))
        text, percent, zone = text.partition('%')
        if percent:
            if not zone or '%' in zone:
                raise AddressValueError('Invalid IPv6 address: "%r"' % str(address))
            self._scope_id = zone
        self._ip = self._int_from_text(text)

    def __str__(self):
        text = self._text_of_int(self._ip)
        if self._scope_id:
            text += '%' + self._scope_id
        return text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = _BaseAddress.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, '_scope_id', None)

    @property
    def scope_id(self):
        """The zone after '%' in 'fe80::1%eth0', or None."""
        return self._scope_id

    @property
    def is_multicast(self):
        return self in _BLOCKS.multicast

    @property
    def is_reserved(self):
        return any(self in block for block in _BLOCKS.reserved)

    @property
    def is_link_local(self):
        return self in _BLOCKS.link_local

    @property
    def is_site_local(self):
        return self in _BLOCKS.site_local

    @property
    def is_private(self):
        # An IPv4-mapped address answers as its IPv4 address does.
        inner = self.ipv4_mapped
        if inner is None:
            return any(self in block for block in _BLOCKS.not_global)
        return inner.is_private

    @property
    def is_global(self):
        inner = self.ipv4_mapped
        if inner is None:
            return not self.is_private
        return inner.is_global

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address in ::ffff:a.b.c.d, or None."""
        if self._ip >> 32 == 0xFFFF:
            return IPv4Address(self._ip & 0xFFFFFFFF)
        return None

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a Teredo address (2001::/32), or None."""
        if self._ip >> 96 == 0x20010000:
            # The client address is stored with its bits inverted.
            return (IPv4Address(self._ip >> 64 & 0xFFFFFFFF),
                    IPv4Address(self._ip & 0xFFFFFFFF ^ 0xFFFFFFFF))
        return None

    @property
    def sixtofour(self):
        """The IPv4 address in a 6to4 address (2002::/16), or None."""
        if self._ip >> 112 == 0x2002:
            return IPv4Address(self._ip >> 80 & 0xFFFFFFFF)
        return None


class IPv6Interface(_BaseInterface, IPv6Address):
    """An IPv6 address with the network it belongs to ('2001:db8::5/64')."""

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_V6, _BaseNetwork):
    """An IPv6 network: '2001:db8::/32', (address, prefix), an int or packed bytes."""

    _address_class = IPv6Address

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


_V6._address_type = IPv6Address
_V6._network_type = IPv6Network


class _BLOCKS:
    """The special-purpose blocks behind the is_* properties (IANA registry as of 3.11)."""
    link_local = IPv6Network('fe80::/10')
    multicast = IPv6Network('ff00::/8')
    site_local = IPv6Network('fec0::/10')
    not_global = tuple(map(IPv6Network, (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')))
    reserved = tuple(map(IPv6Network, (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
        '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9')))


# The classes belong, for users, reprs and pickles, to ipaddress.
for _cls in (IPv6Address, IPv6Interface, IPv6Network):
    _cls.__module__ = 'ipaddress'
del _cls
