# ipaddress: edge cases: full-prefix hosts lists, scoped networks and interfaces, tuple masks, format codes, v6 parse errors, pickling
import ipaddress as ip
print(repr(ip.ip_network('10.0.0.7/32').hosts()), repr(ip.ip_network('::1/128').hosts()), type(ip.ip_network('10.0.0.6/31').hosts()))
for t in ['fe80::%1/64', 'fe80::1%1/64']:
    try: n = ip.ip_network(t, strict=False); print(n, n.network_address.scope_id)
    except Exception as e: print(type(e).__name__, e)
i = ip.ip_interface('fe80::1%eth0/64'); print(i, repr(i), i.ip, i.with_prefixlen, i.with_netmask, i.network)
try: print(i.exploded)
except Exception as e: print(type(e).__name__, e)
print(hash(ip.ip_interface('1.2.3.4/24')) == hash((int(ip.ip_address('1.2.3.4')), 24, int(ip.ip_address('1.2.3.0')))))
print(ip.IPv4Network(('1.2.3.0', '255.255.255.0')), ip.IPv6Network(('::', '64')))
for a in [('1.2.3.0', 33), ('::', 129), ('1.2.3.0','1.2.3')]:
  for k in (ip.IPv4Network, ip.IPv6Network):
    try: print(k(a))
    except Exception as e: print(type(e).__name__, e)
print(format(ip.IPv4Address('1.2.3.4'), 'X'), format(ip.IPv4Address('1.2.3.4'), '#b'), format(ip.IPv4Address('1.2.3.4'), '_b'), format(ip.IPv6Address('::1'), '#_n'), format(ip.IPv6Address('::1'), 'X'), format(ip.IPv4Address('1.2.3.4'), 'n'))
print(ip.ip_interface('10.0.0.1/8').is_private, ip.ip_interface('10.0.0.1/8') < ip.ip_interface('10.0.0.0/8'), ip.ip_interface('10.0.0.1/8') > ip.ip_interface('10.0.0.0/16'))
print(list(ip.ip_network('2001:db8::/126').subnets()), ip.ip_network('2001:db8::/64').supernet(new_prefix=32))
print(list(ip.ip_network('2001:db8::/62').address_exclude(ip.ip_network('2001:db8::2/128'))))
print(ip.ip_network('1.0.0.0/8') == ip.ip_address('1.0.0.0'), ip.ip_address('1.0.0.0') == ip.ip_network('1.0.0.0/32'))
print(ip.ip_network('10.0.0.0/8') in ip.ip_network('10.0.0.0/8'))
d = {ip.ip_network('1.0.0.0/8'): 1}; print(d[ip.IPv4Network('1.0.0.0/8')])
print(ip.IPv6Address('::ffff:1.2.3.4').exploded, ip.IPv6Address('1:2:3:4:5:6:1.2.3.4'), ip.IPv6Address('::1.2.3.4'))
for t in ['1:2:3:4:5:6:7:1.2.3.4', '::1.2.3', '1:2:3::4:5:6:7:8', ':::', '1:::2', 'a:b']:
    try: print(ip.IPv6Address(t))
    except Exception as e: print(type(e).__name__, e)
print(ip.IPv6Address('1:0:0:1:0:0:0:1'), ip.IPv6Address('0:0:1:0:0:1:0:0'), ip.IPv6Address('1:0:1:0:1:0:1:0'))
print(ip.ip_interface(3), ip.ip_interface(b'\x01\x02\x03\x04'), ip.IPv6Interface(('::1', 64)).network, ip.IPv4Interface('1.2.3.4/255.255.0.0'))
print(ip.ip_network('1.2.3.4/32').hosts(), ip.IPv4Address('1.2.3.4').__reduce__(), ip.IPv4Interface('1.2.3.4/8').__reduce__())
import weakref; weakref.ref(ip.IPv4Address('1.2.3.4')); weakref.ref(ip.IPv6Address('::'))
try: ip.IPv4Address('1.2.3.4').foo = 1
except AttributeError as e: print('AttributeError', e)
print(ip.IPv4Interface('1.2.3.4/24').hostmask, ip.IPv6Interface('::1/120').hostmask)
for items in ([ip.ip_address('1.1.1.1'), ip.ip_network('::/8')], [ip.ip_network('1.1.1.1/32'), ip.ip_address('::1')], [ip.ip_interface('1.2.3.4/24'), ip.ip_address('1.2.3.5')]):
    try: print(list(ip.collapse_addresses(items)))
    except TypeError as e: print('TypeError', e)
for s in ['::/-1', '1.2.3.4/x', '::1%', '::1%a%b', 'fe80::1%x/64']:
    for f in (ip.ip_network, ip.ip_interface, ip.ip_address):
        try: print(f(s))
        except ValueError as e: print(type(e).__name__, e)
try: ip.IPv6Address('::1%')
except ValueError as e: print(e)
n = ip.ip_network('10.0.0.0/8')
for args in [(-1,), (1, -1), (1, 9)]:
    try: print(n.supernet(*args[:1]) if len(args)==1 else n.supernet(*args))
    except ValueError as e: print(e)
print(n.supernet(new_prefix=0), n.supernet(9) if False else '', ip.ip_network('::/0').supernet(), list(ip.ip_network('::1/128').subnets()))
print(ip.IPv6Address('::').reverse_pointer, ip.ip_network('::/64').reverse_pointer, ip.ip_network('::1/128').exploded)
print(ip.IPv4Address('1.2.3.4') <= ip.IPv4Address('1.2.3.4'), ip.IPv4Interface('1.2.3.4/8') >= ip.IPv4Interface('1.2.3.4/16'))
print(sorted([ip.IPv6Interface('::2/64'), ip.IPv6Interface('::1/64'), ip.IPv6Interface('::1/48')]))
print(ip.IPv4Network('1.2.3.0/24').hostmask, ip.IPv4Network('1.2.3.0/24').broadcast_address, ip.IPv6Network('::/0').num_addresses)
print(list(ip.ip_network('10.0.0.0/28').subnets(new_prefix=28)), ip.ip_network('10.0.0.0/28')[-16], ip.IPv4Network('0.0.0.0/0')[2**32-1])
print(ip.ip_address('::ffff:10.0.0.1').is_private, ip.ip_address('::ffff:8.8.8.8').is_global, ip.ip_network('2001:db8::/32').is_private)
print(ip.IPv4Interface('1.2.3.4/24') == ip.IPv4Interface('1.2.3.4/24'), ip.IPv4Interface('1.2.3.4/24') != ip.IPv4Address('1.2.3.4'), ip.IPv4Address('1.2.3.4') == ip.IPv4Interface('1.2.3.4/24'))
try: g = ip.collapse_addresses([ip.ip_address('1.1.1.1'), ip.ip_address('::1')]); print('lazy')
except TypeError as e: print('eager', e)
try: g = ip.collapse_addresses([ip.ip_address('1.1.1.1'), ip.ip_network('::1/8', strict=False)]); print('lazy')
except TypeError as e: print('eager', e)
print(type(ip.collapse_addresses([])).__name__, type(ip.summarize_address_range(ip.ip_address('1.1.1.1'), ip.ip_address('1.1.1.1'))).__name__)
