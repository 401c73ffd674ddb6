# struct, base64, hashlib, zlib, math/cmath results and errors, functools (partial, singledispatch, cached_property, total_ordering)
import struct, base64, hashlib, zlib, binascii, math, cmath, operator, functools
s = struct.pack("<hIq3sf?", -2, 4000000000, -1, b"ab", 1.5, True)
print(s, struct.unpack("<hIq3sf?", s), struct.calcsize("<hIq3sf?"), struct.calcsize("hIq"), struct.pack(">H", 258), struct.unpack_from("!B", b"\x05\x06", 1))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.Struct("<2i").size)
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print("struct.error:", e)
print(base64.b64encode(b"hello world"), base64.b64decode("aGk="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"ab"), base64.b16encode(b"\x01\xab"), base64.a85encode(b"hi"))
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha256(b"abc").hexdigest()[:16], hashlib.sha1(b"").hexdigest(), hashlib.new("sha512", b"x").hexdigest()[:8])
h = hashlib.sha256(); h.update(b"a"); h.update(b"bc"); print(h.hexdigest()[:16], h.name, h.digest_size, h.block_size)
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.decompress(zlib.compress(b"aaaa" * 10)), binascii.hexlify(b"\x00\xff", "-"), binascii.crc32(b"x"), bytes.fromhex("de ad"))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(10**20 + 1), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.factorial(20), math.log(8, 2), math.log2(1024), math.log10(0.001), math.hypot(3, 4, 12), math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.trunc(-2.7), math.ceil(2.1), math.floor(-2.1))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308 * 10), math.modf(-3.25), math.frexp(12.0), math.ldexp(0.75, 4), math.degrees(math.pi), math.radians(180), math.nextafter(1, 2), math.ulp(1.0))
print(cmath.sqrt(-4), cmath.phase(-1), abs(3 + 4j), cmath.polar(1j), cmath.rect(1, 0), (1 + 2j) ** 2, (1 + 2j) / (3 - 1j), complex("1+2j"), cmath.exp(0j))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.factorial, (-1,)), (math.factorial, (2.5,)), (math.exp, (1000,)), (math.comb, (3, -1)), (math.pow, (0, -1))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)
print(functools.reduce(operator.add, [1, 2, 3], 10), functools.reduce(lambda a, b: a * b, range(1, 6)))
pt = functools.partial(int, base=2); print(pt("101"), repr(pt), pt.func, pt.args, pt.keywords)
@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return "list of " + ", ".join(show(i) for i in x)
print(show(1), show("s"), show([1, "a", [2]]), show(True), show(2.5))
class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self):
        print("computing"); return round(math.pi * self.r ** 2, 3)
c = Circle(2); print(c.area, c.area, c.__dict__)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
print(operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"), operator.itemgetter(slice(1, 3))("abcd"), operator.neg(5), operator.contains([1], 1), operator.index(7))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
