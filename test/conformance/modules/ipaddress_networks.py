# ipaddress: networks and interfaces: hosts, subnets, supernet, overlaps, containment, exclusion, collapsing, sorting and errors
import ipaddress as ip

n = ip.ip_network('192.0.2.0/24')
print(repr(n), n, n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
print(n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.compressed, n.version, n.max_prefixlen)
print(n[0], n[1], n[-1], n[255], n.is_private, n.is_global, n.reverse_pointer)
for index in (256, -257):
    try:
        n[index]
    except IndexError as e:
        print('IndexError', e)
print(list(ip.ip_network('10.0.0.0/30').hosts()), list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.7/32').hosts()))
print(list(ip.ip_network('10.0.0.0/30')), len(list(ip.ip_network('10.0.0.0/29'))))
print(list(ip.ip_network('2001:db8::/126').hosts()), list(ip.ip_network('2001:db8::/127').hosts()))
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2)), list(n.subnets(new_prefix=26)))
print(list(ip.ip_network('1.2.3.4/32').subnets()), n.supernet(), n.supernet(prefixlen_diff=8), n.supernet(new_prefix=16), ip.ip_network('0.0.0.0/0').supernet())
for f in (lambda: list(n.subnets(new_prefix=20)), lambda: list(n.subnets(2, 26)), lambda: list(n.subnets(prefixlen_diff=9)),
          lambda: list(n.subnets(prefixlen_diff=-1)), lambda: n.supernet(new_prefix=25), lambda: n.supernet(2, 20),
          lambda: n.supernet(prefixlen_diff=25)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
a, b, c = ip.ip_network('10.0.0.0/8'), ip.ip_network('10.1.0.0/16'), ip.ip_network('11.0.0.0/8')
print(a.overlaps(b), b.overlaps(a), a.overlaps(c), b.subnet_of(a), a.subnet_of(b), a.supernet_of(b), ip.ip_address('10.2.3.4') in a, ip.ip_address('11.2.3.4') in a, b in a, ip.ip_address('::1') in a)
for f in (lambda: a.subnet_of(ip.ip_network('::/0')), lambda: a.subnet_of(ip.ip_address('1.2.3.4'))):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(list(a.address_exclude(ip.ip_network('10.1.2.0/24'))))
print(list(a.address_exclude(a)), a.compare_networks(b), b.compare_networks(a), a.compare_networks(a))
for f in (lambda: list(a.address_exclude(c)), lambda: list(a.address_exclude(ip.ip_network('::/0'))), lambda: list(a.address_exclude(ip.ip_address('10.0.0.1')))):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ip.ip_network('192.0.2.0/255.255.255.0'), ip.ip_network('192.0.2.0/0.0.0.255'), ip.ip_network(('192.0.2.0', 24)), ip.ip_network(('192.0.2.0', '24')), ip.ip_network(3221225984), ip.ip_network('192.0.2.5/24', strict=False))
print(ip.ip_network('2001:db8::/32'), ip.ip_network('2001:db8::1/32', strict=False).exploded, ip.ip_network(('2001:db8::', 48)).num_addresses)
bad = ['192.0.2.5/24', '192.0.2.0/33', '192.0.2.0/255.0.255.0', '192.0.2.0/a', '1.2.3.4/24/5', '2001:db8::1/32', '2001:db8::/129', '::/-1', 'x/8', '1.2.3.0/ 24', '1.2.3.0/+24']
for text in bad:
    for f in (ip.ip_network, ip.IPv4Network, ip.IPv6Network):
        try:
            print(f(text))
        except ValueError as e:
            print(f.__name__, type(e).__name__, e)
i = ip.ip_interface('192.0.2.5/24')
print(repr(i), i, i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask, i.exploded, i.compressed)
j = ip.ip_interface('2001:db8::5/64')
print(repr(j), j, j.ip, j.network, j.exploded, j.with_netmask, j.is_loopback, ip.ip_interface('::1/128').is_loopback, ip.ip_interface('::/0').is_unspecified)
print(ip.ip_interface('10.0.0.1'), ip.ip_interface(('10.0.0.1', '255.0.0.0')), i == ip.ip_interface('192.0.2.5/25'), i == ip.ip_address('192.0.2.5'), i < ip.ip_interface('192.0.2.6/24'), i.ip == ip.ip_address('192.0.2.5'))
for text in ['1.2.3.4/33', 'nonsense']:
    try:
        ip.ip_interface(text)
    except ValueError as e:
        print(type(e).__name__, e)
addrs = [ip.ip_address(x) for x in ['10.0.0.3', '10.0.0.1', '9.255.255.255', '10.0.0.2', '10.0.0.0']]
print(sorted(addrs), max(addrs), min(addrs), addrs[0] > addrs[1], addrs[0] == ip.IPv4Address('10.0.0.3'), addrs[0] != addrs[1])
nets = [ip.ip_network(x) for x in ['10.0.0.0/16', '10.0.0.0/8', '9.0.0.0/8', '10.0.0.0/24']]
print(sorted(nets), sorted(nets + addrs, key=ip.get_mixed_type_key))
for f in (lambda: ip.ip_address('1.2.3.4') < ip.ip_address('::1'), lambda: nets[0] < addrs[0], lambda: ip.ip_network('::/0') < nets[0], lambda: addrs[0] < 5):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(len({ip.ip_address('1.1.1.1'), ip.ip_address('1.1.1.1'), ip.ip_network('1.1.1.1/32'), ip.ip_interface('1.1.1.1/32')}))
print(list(ip.summarize_address_range(ip.ip_address('192.0.2.0'), ip.ip_address('192.0.2.130'))))
print(list(ip.summarize_address_range(ip.ip_address('::'), ip.ip_address('::ff'))), list(ip.summarize_address_range(ip.ip_address('0.0.0.0'), ip.ip_address('255.255.255.255'))))
for f in (lambda: list(ip.summarize_address_range(ip.ip_address('1.0.0.2'), ip.ip_address('1.0.0.1'))),
          lambda: list(ip.summarize_address_range(ip.ip_address('1.0.0.2'), ip.ip_address('::1'))),
          lambda: list(ip.summarize_address_range(nets[0], nets[1]))):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(ip.collapse_addresses([ip.ip_network('192.0.2.0/25'), ip.ip_network('192.0.2.128/25')])))
print(list(ip.collapse_addresses([ip.ip_address('10.0.0.%d' % k) for k in range(7)] + [ip.ip_network('10.0.0.8/29'), ip.ip_network('10.0.0.0/30')])))
print(list(ip.collapse_addresses([ip.ip_network('1.0.0.0/24'), ip.ip_network('1.0.1.0/24'), ip.ip_network('1.0.3.0/24'), ip.ip_interface('1.0.2.7/32'), ip.ip_network('1.0.0.0/23')])))
print(list(ip.collapse_addresses([ip.ip_network('2001:db8::/33'), ip.ip_network('2001:db8:8000::/33')])), list(ip.collapse_addresses([])))
for items in ([ip.ip_address('1.1.1.1'), ip.ip_address('::1')], [ip.ip_network('1.0.0.0/8'), ip.ip_network('::/8')]):
    try:
        list(ip.collapse_addresses(items))
    except TypeError as e:
        print('TypeError', e)
import pickle, copy
print(pickle.loads(pickle.dumps(n)), pickle.loads(pickle.dumps(addrs[0])), copy.copy(i), pickle.loads(pickle.dumps(j)))
print(ip.IPv4Network('10.0.0.0/8').is_global, ip.IPv4Network('100.64.0.0/10').is_global, ip.IPv6Network('fe80::/64').is_link_local, ip.IPv6Network('ff00::/8').is_multicast, ip.IPv6Network('fec0::/12').is_site_local, ip.IPv4Network('0.0.0.0/32').is_unspecified)
