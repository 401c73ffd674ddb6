# ipaddress: addresses, networks and interfaces of both versions; their text forms, properties and errors
import ipaddress as ip

for text in ['192.0.2.1', '10.1.2.3', '127.0.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.1',
             '169.254.1.1', '100.64.1.1', '8.8.8.8', '240.0.0.1', '172.16.5.4']:
    a = ip.ip_address(text)
    print(repr(a), str(a), int(a), a.packed, a.version, a.max_prefixlen, a.reverse_pointer, a.exploded,
          a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_reserved, a.is_link_local,
          a.is_unspecified)
for text in ['::1', '::', '2001:db8::1', '::ffff:1.2.3.4', '::ffff:8.8.8.8', 'ff02::1',
             '2001:0:4136:e378:8000:63bf:3fff:fdd2', '2002:c000:204::1', 'fec0::1', '1:0:0:2:0:0:0:3',
             '1:0:0:2::3:0', '2001:4860:4860::8888', '0:0:1::', '1::']:
    a = ip.ip_address(text)
    print(repr(a), str(a), a.exploded, a.compressed, a.scope_id, a.ipv4_mapped, a.teredo, a.sixtofour,
          a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_reserved, a.is_link_local,
          a.is_site_local, a.is_unspecified)
print(ip.IPv6Address('2001:db8::1').reverse_pointer)
scoped = ip.IPv6Address('fe80::1%eth0')
print(repr(scoped), scoped, scoped.scope_id, scoped.is_link_local, scoped == ip.IPv6Address('fe80::1'), scoped == ip.IPv6Address('fe80::1%eth0'))
try:
    scoped.exploded
except ValueError as e:
    print(type(e).__name__, e)
print(ip.IPv4Address(3232235777), ip.IPv4Address(b'\xc0\xa8\x01\x01'), ip.IPv6Address(1), ip.IPv6Address(b'\x00' * 15 + b'\x02'))
print(ip.ip_address(5), ip.ip_address(2 ** 32), ip.ip_address('1.2.3.4') + 5, ip.ip_address('1.2.3.4') - 5)
print(format(ip.IPv4Address('1.2.3.4'), 'b'), format(ip.IPv4Address('1.2.3.4'), '#_x'), format(ip.IPv6Address('::1'), 'n'), f"{ip.IPv4Address('1.2.3.4'):>12s}|")
try:
    format(ip.IPv4Address('1.2.3.4'), '>12')
except TypeError as e:
    print(e)

bad = ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '1.2.3.04', '1.2.3.a', '1.2.3.1234', '1..2.3', '1.2.3.4/24',
       ':', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', 'g::1',
       '12345::1', '::1.2.3.999', '1:2:3:4:5:6:7::8:9', 'fe80::1%', '1:2', ':1::2:', '1::2:3:4:5:6:7:8']
for text in bad:
    for kind in (ip.IPv4Address, ip.IPv6Address):
        try:
            kind(text)
        except ValueError as e:
            print(kind.__name__, type(e).__name__, e)
for value in [-1, 2 ** 32, 2 ** 128, b'\x01\x02', 'junk', 1.5]:
    for f in (ip.ip_address, ip.IPv4Address, ip.IPv6Address):
        try:
            f(value)
        except ValueError as e:
            print(type(e).__name__, e)
try:
    ip.IPv4Address('255.255.255.255') + 1
except ValueError as e:
    print(type(e).__name__, e)
print(ip.v4_int_to_packed(1), len(ip.v6_int_to_packed(1)))
for f, v in ((ip.v4_int_to_packed, 2 ** 32), (ip.v6_int_to_packed, -1)):
    try:
        f(v)
    except ValueError as e:
        print(e)
