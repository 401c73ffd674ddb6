"""ipaddress: IPv4 and IPv6 addresses, networks and interfaces, as in CPython 3.11.

tpy's own implementation, written from the module's documentation and observed behaviour.
Everything is an int underneath: an address holds `_ip`; a network holds its first address and
a prefix length; an interface is an address that also carries its network. What differs between
the versions (width, text syntax) lives in the per-version mixins of _ipaddress_v4/_ipaddress_v6.
"""

import functools
import re

__version__ = '1.0'

from _ipaddress_base import (IPV4LENGTH, IPV6LENGTH, AddressValueError, NetmaskValueError,
                             _low_zero_count, _versions_match, _IPAddressBase, _BaseAddress,
                             _BaseNetwork, _BaseInterface)
from _ipaddress_v4 import IPv4Address, IPv4Interface, IPv4Network
from _ipaddress_v6 import IPv6Address, IPv6Interface, IPv6Network


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


_ADDRESS_OF_VERSION = {4: IPv4Address, 6: IPv6Address}
_NETWORK_OF_VERSION = {4: IPv4Network, 6: IPv6Network}
