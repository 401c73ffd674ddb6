# configuration and formats: configparser interpolation, tomllib, urllib.parse, html, ipaddress, uuid3/5, pickle
import configparser, tomllib, urllib.parse as up, html, ipaddress, uuid, pickle, graphlib, inspect, contextlib, string, typing, io, sys
cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
timeout = 30
[server]
host = example.com
port = 8080
debug = yes
path = /srv/%(host)s
[client]
retries = 3
""")
print(cp.sections(), cp["server"]["path"], cp.getint("server", "port"), cp.getboolean("server", "debug"), cp.get("client", "timeout"), cp.getfloat("client", "retries"))
print(dict(cp["client"]), list(cp["server"].keys()), cp.has_option("client", "host"), cp.get("client", "nope", fallback="fb"))
buf = io.StringIO(); cp.write(buf); print(buf.getvalue())
try:
    cp.get("nosuch", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
try:
    cp.read_string("[a]\nx=1\n[a]\n")
except configparser.DuplicateSectionError as e:
    print("Dup:", e)
t = tomllib.loads('''
title = "TOML"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[db]
ports = [8000, 8001]
enabled = true
temp = { cpu = 79.5, case = 72.0 }
[[products]]
name = "Hammer"
[[products]]
name = "Nail"
sku = 284_758_393
''')
print(t)
try:
    tomllib.loads("a = ")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError:", e)
u = up.urlparse("https://user:pw@example.com:8080/p/a/t/h;params?query=1&b=two+words#frag")
print(u, u.hostname, u.port, u.username, u.geturl())
print(up.parse_qs("a=1&a=2&b=%20x"), up.parse_qsl("x=1&y="), up.urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True), up.quote("a b/c?"), up.quote_plus("a b/c"), up.unquote("%E2%9C%93"))
print(up.urljoin("http://a/b/c/d", "../g"), up.urlsplit("//host/x"), up.urlunparse(("http", "h", "/p", "", "q=1", "")))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#39;&eacute;&#x263a;&nbsp;!"))
net = ipaddress.ip_network("192.168.1.0/28")
print(net, net.num_addresses, list(net.hosts())[:3], net.broadcast_address, ipaddress.ip_address("10.0.0.1") in net, ipaddress.ip_address("::1"), ipaddress.IPv4Address("1.2.3.4") + 5)
print(list(ipaddress.ip_network("10.0.0.0/30").subnets(new_prefix=31)), ipaddress.ip_interface("10.1.2.3/24").network, ipaddress.ip_address("192.168.0.1").is_private)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"), uuid.UUID("12345678123456781234567812345678").hex, repr(uuid.UUID(int=5)))
class Pt:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
obj = {"a": [1, 2.5, "s", None, (1, 2), {3}], "p": Pt(3), "b": b"\x00", "big": 2**100}
s = pickle.dumps(obj)
back = pickle.loads(s)
print(back == obj, back["p"].x, pickle.loads(pickle.dumps(obj, protocol=0)) == obj, len(pickle.dumps([1, 2, 3], protocol=2)), pickle.dumps(5, protocol=4))
