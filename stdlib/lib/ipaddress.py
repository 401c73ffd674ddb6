"""ipaddress: IPv4 and IPv6 addresses, networks and interfaces, as in CPython 3.11.

tpy's own implementation, written from the module's documentation and observed behaviour.
Everything is an int underneath: an address holds `_ip`; a network holds its first address and
a prefix length; an interface is an address that also carries its network. What differs between
the versions (width, text syntax) lives in the per-version mixins of _ipaddress_v4/_ipaddress_v6.
"""

import functools
import re

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that is not a valid address."""


class NetmaskValueError(ValueError):
    """A value that is not a valid netmask or prefix length."""


def _first_that_accepts(kinds, args, noun):
    # The v4 class is tried first, so an int below 2**32 is an IPv4 value.
    for kind in kinds:
        try:
            return kind(*args)
        except (AddressValueError, NetmaskValueError):
            continue
    raise ValueError('%r does not appear to be an IPv4 or IPv6 %s' % (args[0], noun))


def ip_address(address):
    """An IPv4Address or IPv6Address from a string, int or packed bytes."""
    return _first_that_accepts((IPv4Address, IPv6Address), (address,), 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; `strict` rejects host bits set after the prefix."""
    return _first_that_accepts((IPv4Network, IPv6Network), (address, strict), 'network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface: an address with the network it sits in."""
    return _first_that_accepts((IPv4Interface, IPv6Interface), (address,), 'interface')


def _packed(value, nbytes, version):
    if 0 <= value < 1 << (8 * nbytes):
        return value.to_bytes(nbytes, 'big')
    raise ValueError('Address negative or too large for IPv%d' % version)


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    return _packed(address, 4, 4)


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    return _packed(address, 16, 6)


def _low_zero_count(value, width):
    """How many low bits of `value` are zero (all `width` of them for 0)."""
    if not value:
        return width
    return (value & -value).bit_length() - 1


def _versions_match(a, b, word='version'):
    if a._version != b._version:
        raise TypeError('%s and %s are not of the same %s' % (a, b, word))


def summarize_address_range(first, last):
    """The fewest networks that cover exactly the addresses from `first` to `last`."""
    if not isinstance(first, _BaseAddress) or not isinstance(last, _BaseAddress):
        raise TypeError('first and last must be IP addresses, not networks')
    _versions_match(first, last)
    if last < first:
        raise ValueError('last IP address must be greater than first')
    make = _NETWORK_OF_VERSION[first._version]
    width = first._max_prefixlen
    cursor, stop = first._ip, last._ip + 1
    # Each step takes the largest aligned block that starts at `cursor` and fits before `stop`.
    while cursor < stop:
        span = min(_low_zero_count(cursor, width), (stop - cursor).bit_length() - 1)
        yield make((cursor, width - span))
        cursor += 1 << span


def collapse_addresses(addresses):
    """The fewest networks covering the given addresses and networks, sorted."""
    seen_single = seen_net = None
    first_of_version = {}
    spans = []
    for item in addresses:
        if isinstance(item, _BaseAddress) or item._prefixlen == item._max_prefixlen:
            if seen_single is not None and seen_single._version != item._version:
                raise TypeError('%s and %s are not of the same version' % (item, seen_single))
            if not isinstance(item, _BaseAddress):
                item = item.network_address
            seen_single = item
            spans.append((item._ip, item._ip, item._version))
        else:
            if seen_net is not None and seen_net._version != item._version:
                raise TypeError('%s and %s are not of the same version' % (item, seen_net))
            seen_net = item
            spans.append((item.network_address._ip, item.broadcast_address._ip, item._version))
        first_of_version.setdefault(item._version, item)
    # Input errors above surface at the call; the blocks themselves come lazily.
    return _aligned_blocks(spans, first_of_version)


def _aligned_blocks(spans, first_of_version):
    if len(first_of_version) > 1:
        # Mixed versions cannot be ordered together; name one item of each, as networks.
        v4, v6 = [x if isinstance(x, _BaseNetwork) else _NETWORK_OF_VERSION[x._version](x._ip)
                  for x in (first_of_version[4], first_of_version[6])]
        raise TypeError('%s and %s are not of the same version' % (v4, v6))
    # Merge the sorted int spans where they touch or overlap, then cut each into aligned blocks.
    spans.sort()
    joined = []
    for low, high, version in spans:
        if joined and joined[-1][2] == version and low <= joined[-1][1] + 1:
            joined[-1][1] = max(joined[-1][1], high)
        else:
            joined.append([low, high, version])
    for low, high, version in joined:
        make = _ADDRESS_OF_VERSION[version]
        yield from summarize_address_range(make(low), make(high))


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks together."""
    if isinstance(obj, _BaseAddress):
        return obj._sort_key()
    if isinstance(obj, _BaseNetwork):
        return obj._sort_key()
    return NotImplemented


class _IPAddressBase:
    """What addresses, networks and interfaces share: text views and input checking."""

    __slots__ = ()

    @property
    def exploded(self):
        """The text form with nothing shortened."""
        return self._long_text()

    @property
    def compressed(self):
        """The shortest text form."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the address's PTR record in the reverse DNS."""
        return self._ptr_name()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @classmethod
    def _checked_int(cls, value):
        if value < 0:
            raise AddressValueError('%d (< 0) is not permitted as an IPv%d address'
                                    % (value, cls._version))
        if value >> cls._max_prefixlen:
            raise AddressValueError('%d (>= 2**%d) is not permitted as an IPv%d address'
                                    % (value, cls._max_prefixlen, cls._version))
        return value

    @classmethod
    def _checked_bytes(cls, data):
        size = cls._max_prefixlen // 8
        if len(data) != size:
            raise AddressValueError('%r (len %d != %d) is not permitted as an IPv%d address'
                                    % (data, len(data), size, cls._version))
        return int.from_bytes(data, 'big')

    @classmethod
    def _ones_then_zeros(cls, prefixlen):
        return ((1 << prefixlen) - 1) << (cls._max_prefixlen - prefixlen)

    @classmethod
    def _bad_netmask(cls, given):
        raise NetmaskValueError('%r is not a valid netmask' % given) from None

    @classmethod
    def _prefixlen_of(cls, spec):
        """The prefix length for a network's mask part: an int, '24', or (v4 only) a netmask
        or hostmask in address form. Results are cached per class: masks repeat a lot."""
        known = cls._mask_memo.get(spec)
        if known is not None:
            return known
        if isinstance(spec, int):
            if not 0 <= spec <= cls._max_prefixlen:
                cls._bad_netmask(spec)
            prefixlen = spec
        elif spec.isascii() and spec.isdigit():
            prefixlen = int(spec)
            if prefixlen > cls._max_prefixlen:
                cls._bad_netmask(spec)
        elif cls._masks_as_addresses:
            prefixlen = cls._prefixlen_of_mask_text(spec)
        else:
            cls._bad_netmask(spec)
        found = (cls._address_type(cls._ones_then_zeros(prefixlen)), prefixlen)
        cls._mask_memo[spec] = found
        return found

    @classmethod
    def _prefixlen_of_mask_text(cls, text):
        try:
            value = cls._int_from_text(text)
        except AddressValueError:
            cls._bad_netmask(text)
        # A netmask is ones then zeros; a hostmask the reverse, so flipping it gives a netmask.
        for mask in (value, value ^ cls._ALL_ONES):
            zeros = _low_zero_count(mask, cls._max_prefixlen)
            if (mask >> zeros) + 1 == 1 << (cls._max_prefixlen - zeros):
                return cls._max_prefixlen - zeros
        cls._bad_netmask(text)

    @classmethod
    def _address_and_mask(cls, spec):
        """(address part, mask part) of 'a/m', a 2-tuple, or a lone address (full length)."""
        if isinstance(spec, tuple):
            if len(spec) == 1:
                return spec[0], cls._max_prefixlen
            return spec
        if isinstance(spec, (int, bytes)):
            return spec, cls._max_prefixlen
        pieces = str(spec).split('/')
        if len(pieces) == 1:
            return pieces[0], cls._max_prefixlen
        if len(pieces) == 2:
            return pieces
        raise AddressValueError("Only one '/' permitted in %r" % spec)

    def __reduce__(self):
        return type(self), (str(self),)


# format() codes for an address's number: optional '#', optional '_', then the base letter.
_NUMBER_FORMAT = re.compile(r'(#?)(_?)([bnxX])')


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """One address: an int and a version."""

    __slots__ = ()

    def _init_from(self, address):
        if isinstance(address, int):
            self._ip = self._checked_int(address)
        elif isinstance(address, bytes):
            self._ip = self._checked_bytes(address)
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError("Unexpected '/' in %r" % (address,))
            self._ip = self._int_from_text(text)

    def __int__(self):
        return self._ip

    @property
    def packed(self):
        return self._ip.to_bytes(self._max_prefixlen // 8, 'big')

    def __eq__(self, other):
        try:
            return (self._version, self._ip) == (other._version, other._ip)
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if isinstance(other, _BaseAddress):
            _versions_match(self, other)
            return self._ip < other._ip
        return NotImplemented

    def __hash__(self):
        return hash(hex(self._ip))

    def __add__(self, other):
        if isinstance(other, int):
            return type(self)(self._ip + other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, int):
            return type(self)(self._ip - other)
        return NotImplemented

    def __str__(self):
        return self._text_of_int(self._ip)

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def _sort_key(self):
        return (self._version, self)

    def __reduce__(self):
        return type(self), (self._ip,)

    def __format__(self, fmt):
        # '' and 's' format the text; 'b', 'x', 'X' and 'n' the number, zero-padded to the full
        # width, '#' adding 0b/0x and '_' grouping digits by four.
        if fmt == '' or fmt.endswith('s'):
            return format(str(self), fmt)
        parsed = _NUMBER_FORMAT.fullmatch(fmt)
        if parsed is None:
            return super().__format__(fmt)
        prefix, group, base = parsed.groups()
        if base == 'n':
            base = 'x' if self._version == 6 else 'b'
        digits = self._max_prefixlen // (1 if base == 'b' else 4)
        width = digits + (digits // 4 - 1 if group else 0) + (2 if prefix else 0)
        return format(self._ip, '%s0%d%s%s' % (prefix, width, group, base))


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A block of addresses: the first one and a prefix length."""

    def __init__(self, address, strict=True):
        addr, mask = self._address_and_mask(address)
        self.network_address = self._address_type(addr)
        self.netmask, self._prefixlen = self._prefixlen_of(mask)
        first = self.network_address._ip
        masked = first & self.netmask._ip
        if masked != first:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._address_type(masked)

    def __str__(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def _bounds(self):
        low = self.network_address._ip
        return low, low | (self._ALL_ONES >> self._prefixlen)

    def hosts(self):
        """The usable addresses: IPv4 leaves out the network and broadcast addresses, IPv6 the
        Subnet-Router anycast (first) address; /31, /32, /127 and /128 are special."""
        low, high = self._bounds()
        make = self._address_type
        spare = self._max_prefixlen - self._prefixlen
        if spare == 0:
            return [self.network_address]
        if spare > 1:
            low += 1
            if self._version == 4:
                high -= 1
        return (make(value) for value in range(low, high + 1))

    def __iter__(self):
        low, high = self._bounds()
        make = self._address_type
        for value in range(low, high + 1):
            yield make(value)

    def __getitem__(self, n):
        low, high = self._bounds()
        value = low + n if n >= 0 else high + 1 + n
        if not low <= value <= high:
            raise IndexError('address out of range')
        return self._address_type(value)

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and self.netmask._ip == other.netmask._ip)
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        _versions_match(self, other)
        return ((self.network_address._ip, self.netmask._ip)
                < (other.network_address._ip, other.netmask._ip))

    def __hash__(self):
        return hash(self.network_address._ip ^ self.netmask._ip)

    def __contains__(self, other):
        # Only addresses are "in" a network; a network never is (use subnet_of).
        if self._version != other._version or isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share an address."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @functools.cached_property
    def broadcast_address(self):
        return self._address_type(self._bounds()[1])

    @functools.cached_property
    def hostmask(self):
        return self._address_type(self._ALL_ONES >> self._prefixlen)

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def with_prefixlen(self):
        return str(self)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return 1 << (self._max_prefixlen - self._prefixlen)

    def _sort_key(self):
        return (self._version, self.network_address, self.netmask)

    def compare_networks(self, other):
        """-1, 0 or 1 by version, network address, then netmask."""
        _versions_match(self, other, 'type')
        mine = (self.network_address._ip, self.netmask._ip)
        theirs = (other.network_address._ip, other.netmask._ip)
        return (mine > theirs) - (mine < theirs)

    def address_exclude(self, other):
        """The networks left of this one when `other` (inside it) is taken out."""
        _versions_match(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        # Halve repeatedly, giving away the half that does not hold `other`.
        target = other._prefixlen
        base = other.network_address._ip
        low, prefixlen = self.network_address._ip, self._prefixlen
        make = type(self)
        while prefixlen < target:
            prefixlen += 1
            upper = low | (1 << (self._max_prefixlen - prefixlen))
            if base >= upper:
                yield make((low, prefixlen))
                low = upper
            else:
                yield make((upper, prefixlen))

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The networks this one splits into, `prefixlen_diff` bits longer (or at new_prefix)."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            target = new_prefix
        else:
            if prefixlen_diff < 0:
                raise ValueError('prefix length diff must be > 0')
            target = self._prefixlen + prefixlen_diff
        if target > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (target, self))
        low, high = self._bounds()
        make = type(self)
        for start in range(low, high + 1, 1 << (self._max_prefixlen - target)):
            yield make((start, target))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network `prefixlen_diff` bits shorter (or at new_prefix) that contains this one."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        target = self._prefixlen - prefixlen_diff
        if target < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self._prefixlen, prefixlen_diff))
        if prefixlen_diff < 0:
            # CPython shifts the netmask by the difference, which fails for a negative one.
            raise ValueError('negative shift count')
        kept = self.network_address._ip & self._ones_then_zeros(target)
        return type(self)((kept, target))

    @staticmethod
    def _is_subnet_of(inner, outer):
        try:
            _versions_match(inner, outer)
            return (outer.network_address <= inner.network_address
                    and inner.broadcast_address <= outer.broadcast_address)
        except AttributeError:
            raise TypeError('Unable to test subnet containment between %s and %s'
                            % (inner, outer))

    def subnet_of(self, other):
        """Whether this network lies inside `other`."""
        return _BaseNetwork._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether `other` lies inside this network."""
        return _BaseNetwork._is_subnet_of(other, self)

    # A network has a property when both its first and last addresses do.
    def _ends_are(name):
        def check(self):
            return (getattr(self.network_address, name)
                    and getattr(self.broadcast_address, name))
        check.__name__ = name
        return property(check)

    is_reserved = _ends_are('is_reserved')
    is_link_local = _ends_are('is_link_local')
    is_private = _ends_are('is_private')
    is_unspecified = _ends_are('is_unspecified')
    is_loopback = _ends_are('is_loopback')
    is_multicast = _ends_are('is_multicast')
    del _ends_are

    @property
    def is_global(self):
        return not self.is_private


class _BaseInterface:
    """The body both interface classes share. Mixed in before the version's address class, so
    `super()` below reaches that address's own text, equality and ordering."""

    def __init__(self, address):
        addr, mask = self._address_and_mask(address)
        super().__init__(addr)
        self.network = self._network_type((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    @property
    def ip(self):
        return self._address_type(self._ip)

    def __str__(self):
        return '%s/%d' % (super().__str__(), self._prefixlen)

    def __eq__(self, other):
        same_address = super().__eq__(other)
        if not same_address or same_address is NotImplemented:
            return same_address
        # An interface never equals a bare address, which has no network.
        theirs = getattr(other, 'network', None)
        return theirs is not None and self.network == theirs

    def __lt__(self, other):
        address_less = super().__lt__(other)
        if address_less is NotImplemented:
            return address_less
        try:
            if self.network == other.network:
                return address_less
            return self.network < other.network
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, self.network.network_address._ip))

    __reduce__ = _IPAddressBase.__reduce__

    def _with(self, tail):
        return '%s/%s' % (self._text_of_int(self._ip), tail)

    @property
    def with_prefixlen(self):
        return self._with(self._prefixlen)

    @property
    def with_netmask(self):
        return self._with(self.netmask)

    @property
    def with_hostmask(self):
        return self._with(self.hostmask)


from _ipaddress_v4 import IPv4Address, IPv4Interface, IPv4Network  # noqa: E402
from _ipaddress_v6 import IPv6Address, IPv6Interface, IPv6Network  # noqa: E402

_ADDRESS_OF_VERSION = {4: IPv4Address, 6: IPv6Address}
_NETWORK_OF_VERSION = {4: IPv4Network, 6: IPv6Network}

# The classes live in helper modules but belong, for users and pickles, to this one.
for _cls in (IPv4Address, IPv4Interface, IPv4Network, IPv6Address, IPv6Interface, IPv6Network):
    _cls.__module__ = __name__
del _cls
