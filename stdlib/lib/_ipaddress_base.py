"""ipaddress's shared part: the bases of every address, network and interface class, the
widths, and the two exceptions (imported by ipaddress and by _ipaddress_v4/_ipaddress_v6).

It imports nothing from `ipaddress`, so the helpers load the same way when ipaddress.py runs
under another name (runpy).
"""

import functools
import re

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that is not a valid address."""


class NetmaskValueError(ValueError):
    """A value that is not a valid netmask or prefix length."""


def _low_zero_count(value, width):
    """How many low bits of `value` are zero (all `width` of them for 0)."""
    if not value:
        return width
    return (value & -value).bit_length() - 1


def _versions_match(a, b, word='version'):
    if a._version != b._version:
        raise TypeError('%s and %s are not of the same %s' % (a, b, word))


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


# These belong, for users, reprs and tracebacks, to ipaddress.
for _cls in (AddressValueError, NetmaskValueError, _IPAddressBase, _BaseAddress, _BaseNetwork,
             _BaseInterface):
    _cls.__module__ = 'ipaddress'
del _cls
