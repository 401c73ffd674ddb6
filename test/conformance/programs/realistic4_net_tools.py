# Network-admin helpers without a network: ipaddress subnet planning (subnets, supernets,
# collapse, exclude, host ranges, membership), urllib.parse URL surgery (urlsplit/urljoin,
# parse_qs/urlencode/quote), uuid3/uuid5 names, base64/binascii encodings, hmac/hashlib digests.
import ipaddress as ip
from urllib.parse import (urlparse, urlsplit, urlunsplit, urljoin, parse_qs, parse_qsl, urlencode,
                          quote, quote_plus, unquote, unquote_plus, urldefrag)
import uuid
import base64
import binascii
import hashlib
import hmac

net = ip.ip_network("10.20.0.0/22")
print(net, net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, net.prefixlen, net.is_private)
plan = {"servers": 24, "office": 25, "wifi": 23, "dmz": 28}
free = [net]
allocated = {}
for name, prefix in sorted(plan.items(), key=lambda kv: kv[1]):
    free.sort(key=lambda n: (n.prefixlen, n.network_address), reverse=True)
    for i, block in enumerate(free):
        if block.prefixlen <= prefix:
            sub = next(block.subnets(new_prefix=prefix))
            allocated[name] = sub
            rest = list(block.address_exclude(sub)) if sub != block else []
            free = free[:i] + free[i + 1:] + rest
            break
for name, sub in allocated.items():
    hosts = list(sub.hosts())
    print(f"{name:<8} {str(sub):<18} first={hosts[0]} last={hosts[-1]} usable={len(hosts)}")
print("free:", sorted(free))
print(list(ip.collapse_addresses([ip.ip_network("192.168.0.0/25"), ip.ip_network("192.168.0.128/25"), ip.ip_network("192.168.1.0/24")])))
addr = ip.ip_address("10.20.1.77")
print(addr in allocated["servers"], [n for n, s in allocated.items() if addr in s], addr + 5, int(addr), addr.reverse_pointer, addr.packed)
print(ip.ip_address("::ffff:10.0.0.1").ipv4_mapped, ip.ip_network("2001:db8::/126").num_addresses, list(ip.ip_network("2001:db8::/126")))
print(ip.ip_address("2001:0db8:0000:0000:0000:ff00:0042:8329"), ip.ip_address("2001:db8::1").exploded, ip.IPv6Address("::1").is_loopback)
iface = ip.ip_interface("192.168.5.9/27")
print(iface.network, iface.ip, iface.with_netmask, iface.with_hostmask, net.supernet(prefixlen_diff=2), net.overlaps(ip.ip_network("10.20.3.0/24")))
print(list(ip.summarize_address_range(ip.IPv4Address("10.0.0.5"), ip.IPv4Address("10.0.0.20"))))
print(ip.ip_address("127.0.0.1").is_loopback, ip.ip_address("224.0.0.1").is_multicast, ip.ip_address("8.8.8.8").is_global, sorted([ip.ip_address("10.0.0.10"), ip.ip_address("10.0.0.9")]))
for bad in ["10.0.0.256", "10.0.0.0/33", "10.0.0.1/24", "1.2.3", "::g", "01.2.3.4"]:
    try:
        ip.ip_network(bad) if "/" in bad else ip.ip_address(bad)
    except ValueError as e:
        print(f"{bad!r}: {e}")
u = "https://user:pw@Example.COM:8443/a/b/../c/./d.html;params?q=1&q=2&x=%20y&empty=#frag"
p = urlparse(u)
print(p)
print(p.scheme, p.hostname, p.port, p.username, p.password, p.path, p.params, p.query, p.fragment, p.netloc)
s = urlsplit(u)
print(urlunsplit(s._replace(query=urlencode({"page": 2, "tags": ["a b", "c&d"]}, doseq=True), fragment="")))
print(parse_qs(p.query), parse_qs(p.query, keep_blank_values=True), parse_qsl("a=1&b=&c", keep_blank_values=True))
for rel in ["../img/x.png", "/root", "//cdn.example.org/lib.js", "?q=2", "#top", "g;x", "http://other/"]:
    print(f"{rel:<26} -> {urljoin('http://a.com/b/c/d;p?q', rel)}")
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c"), unquote("%E2%82%AC%20"), unquote_plus("a+b%21"), urldefrag("http://x/y#z"))
print(urlencode([("k", "v w"), ("k", "ü")]), urlencode({"q": "x+y"}, quote_via=quote))
ns = uuid.NAMESPACE_DNS
print(uuid.uuid3(ns, "example.org"), uuid.uuid5(ns, "example.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://x.y/").hex)
v = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(v.version, v.variant, v.int, v.urn, v.bytes[:4], str(uuid.UUID(bytes=bytes(range(16)))), v.fields[:3], uuid.UUID("{12345678-1234-5678-1234-567812345678}") == v)
try:
    uuid.UUID("nope")
except ValueError as e:
    print("uuid:", e)
data = "Grüße, 世界! \x00\xff".encode("utf-8")
print(base64.b64encode(data), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hello"), base64.b16encode(b"hi"), base64.a85encode(b"hello"), base64.b85encode(b"hello"))
print(base64.b64decode(base64.b64encode(data)).decode("utf-8") == data.decode("utf-8"), base64.b64decode("aGk"[:2] + "==", validate=False) if False else base64.b64decode("aGk="))
for bad in ["abc", "a===", "!!!!"]:
    try:
        print(bad, base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print(f"b64 {bad!r}: {e}")
print(binascii.hexlify(b"\x01\xab", "-"), binascii.crc32(b"hello"), hex(binascii.crc_hqx(b"hello", 0)), binascii.unhexlify("cafe"))
for algo in ["md5", "sha1", "sha256", "sha3_256", "blake2b"]:
    h = hashlib.new(algo, b"The quick brown fox")
    print(f"{algo:<9} {h.hexdigest()[:32]} {h.digest_size} {h.block_size}")
sig = hmac.new(b"secret-key", b"message", hashlib.sha256)
print(sig.hexdigest(), hmac.compare_digest(sig.digest(), hmac.new(b"secret-key", b"message", "sha256").digest()), sig.name)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex()[:32], hashlib.sha256(b"a" * 1000).hexdigest()[:16])
h = hashlib.sha1()
for chunk in (b"The ", b"quick ", b"brown fox"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha1(b"The quick brown fox").hexdigest(), h.copy().hexdigest()[:8], hashlib.blake2s(b"x", digest_size=8, key=b"k").hexdigest())
