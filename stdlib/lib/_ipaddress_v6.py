"""ipaddress's IPv6 classes: IPv6Address, IPv6Interface, IPv6Network (imported by ipaddress)."""

import functools

from ipaddress import (AddressValueError, IPV6LENGTH, _BaseAddress, _BaseNetwork,
                       _IPAddressBase)
from _ipaddress_v4 import IPv4Address

_HEXTETS = 8
_hex_digits = frozenset('0123456789ABCDEFabcdef')


def _longest_zero_run(hextets):
    """(start, length) of the first longest run of two or more '0' hextets, or (-1, 0)."""
    best_start, best_len = -1, 0
    start, length = -1, 0
    for index, hextet in enumerate(hextets):
        if hextet == '0':
            if length == 0:
                start = index
            length += 1
            if length > best_len:
                best_start, best_len = start, length
        else:
            length = 0
    if best_len > 1:
        return best_start, best_len
    return -1, 0


class _BaseV6:
    """Parsing and printing IPv6 text: '::' for the longest run of zero groups, an embedded
    dotted quad at the end."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                prefixlen = cls._prefix_from_prefix_string(arg)
            netmask = IPv6Address(cls._ip_int_from_prefix(prefixlen))
            cls._netmask_cache[arg] = netmask, prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError('At least %d parts expected in %r' % (3, ip_str))
        if '.' in parts[-1]:
            try:
                ipv4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError('%s in %r' % (exc, ip_str)) from None
            parts.append('%x' % ((ipv4 >> 16) & 0xFFFF))
            parts.append('%x' % (ipv4 & 0xFFFF))
        if len(parts) > _HEXTETS + 1:
            raise AddressValueError('At most %d colons permitted in %r' % (_HEXTETS, ip_str))
        gap = None
        for index in range(1, len(parts) - 1):
            if not parts[index]:
                if gap is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                gap = index
        if gap is not None:
            head = gap
            tail = len(parts) - gap - 1
            if not parts[0]:
                head -= 1
                if head:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                            % ip_str)
            if not parts[-1]:
                tail -= 1
                if tail:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                            % ip_str)
            skipped = _HEXTETS - (head + tail)
            if skipped < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (_HEXTETS - 1, ip_str))
        else:
            if len(parts) != _HEXTETS:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (_HEXTETS, ip_str))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                        % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                        % ip_str)
            head, tail, skipped = len(parts), 0, 0
        try:
            value = 0
            for index in range(head):
                value = (value << 16) | cls._parse_hextet(parts[index])
            value <<= 16 * skipped
            for index in range(-tail, 0):
                value = (value << 16) | cls._parse_hextet(parts[index])
            return value
        except ValueError as exc:
            raise AddressValueError('%s in %r' % (exc, ip_str)) from None

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not _hex_digits.issuperset(hextet_str):
            raise ValueError('Only hex digits permitted in %r' % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError('At most 4 characters permitted in %r' % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        hextets = ['%x' % ((ip_int >> shift) & 0xFFFF) for shift in range(112, -1, -16)]
        start, length = _longest_zero_run(hextets)
        if length:
            hextets[start:start + length] = ['']
            if start == 0:
                hextets.insert(0, '')
            if start + length == _HEXTETS:
                hextets.append('')
        return ':'.join(hextets)

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            ip_int = int(self.network_address)
        elif isinstance(self, IPv6Interface) or not self._scope_id:
            ip_int = int(self._ip)
        else:
            # As in CPython 3.11, the text is parsed again, '%scope' and all: that fails.
            ip_int = self._ip_int_from_string(str(self))
        digits = '%032x' % ip_int
        text = ':'.join(digits[i:i + 4] for i in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (text, self._prefixlen)
        return text

    def _reverse_pointer(self):
        digits = self.exploded[::-1].replace(':', '')
        return '.'.join(digits) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        address, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return address, scope_id

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address, from text (with an optional '%scope'), an int or 16 packed bytes."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            self._scope_id = None
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            self._scope_id = None
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope_id = self._split_scope_id(text)
        self._ip = self._ip_int_from_string(text)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        equal = super().__eq__(other)
        if equal is NotImplemented:
            return NotImplemented
        if not equal:
            return False
        return self._scope_id == getattr(other, '_scope_id', None)

    @property
    def scope_id(self):
        """The zone after '%' in 'fe80::1%eth0', or None."""
        return self._scope_id

    @property
    def packed(self):
        return self._ip.to_bytes(16, 'big')

    @property
    def is_multicast(self):
        return self in _constants.multicast

    @property
    def is_reserved(self):
        return any(self in net for net in _constants.reserved)

    @property
    def is_link_local(self):
        return self in _constants.link_local

    @property
    def is_site_local(self):
        return self in _constants.site_local

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in net for net in _constants.private)

    @property
    def is_global(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_global
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address in ::ffff:a.b.c.d, or None."""
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a Teredo address (2001::/32), or None."""
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address in a 6to4 address (2002::/16), or None."""
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(IPv6Address):
    """An IPv6 address with the network it belongs to ('2001:db8::5/64')."""

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (super().__str__(), self._prefixlen)

    def __eq__(self, other):
        equal = IPv6Address.__eq__(self, other)
        if equal is NotImplemented or not equal:
            return equal
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = IPv6Address.__lt__(self, other)
        if less is NotImplemented:
            return less
        try:
            return self.network < other.network or self.network == other.network and less
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: '2001:db8::/32', (address, prefix), an int or packed bytes."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = IPv6Address(packed & int(self.netmask))

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


class _constants:
    link_local = IPv6Network('fe80::/10')
    multicast = IPv6Network('ff00::/8')
    site_local = IPv6Network('fec0::/10')
    private = [IPv6Network(net) for net in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    reserved = [IPv6Network(net) for net in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
        '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9')]
