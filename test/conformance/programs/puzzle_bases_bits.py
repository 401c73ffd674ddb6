# Rosetta-style number bases and bits: int(x, base), format specs, bit_count, Gray code, two's complement, bit tricks
def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in (0, 5, 255, -255, 2 ** 40 + 7, 36 ** 5 - 1):
    print(n, [to_base(n, b) for b in (2, 3, 8, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b1010", 0), int("  -1_000  "), int("Z", 36), int("077", 8))
for bad in ("08", "0x", "1__0", "", "12", "0b2"):
    try:
        print(int(bad, 0))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 37)
except ValueError as e:
    print("ValueError:", e)
print(f"{10:b} {10:#b} {10:08b} {255:x} {255:#X} {255:#o} {-10:b} {2**20:_b} {2**32-1:_x} {1234567:,d}")
print(format(5, "b").zfill(8), bin(5)[2:].rjust(8, "0"), f"{5:>08b}", f"{-5:08b}", f"{5:+b}", f"{65:c}")
for n in (0, 1, 7, 255, 256, 2 ** 64 - 1, -1, -8):
    print(n, n.bit_length(), n.bit_count(), bin(n), n & -n if n else 0)


def gray(n):
    return n ^ (n >> 1)


def ungray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


print([f"{gray(i):04b}" for i in range(16)])
print(all(ungray(gray(i)) == i for i in range(1024)), all(bin(gray(i) ^ gray(i + 1)).count("1") == 1 for i in range(1023)))


def twos(n, bits):
    return format(n & ((1 << bits) - 1), f"0{bits}b")


def from_twos(s):
    v = int(s, 2)
    return v - (1 << len(s)) if s[0] == "1" else v


for n in (5, -5, -128, 127, -1):
    print(n, twos(n, 8), from_twos(twos(n, 8)), hex(n & 0xFF), ~n, -n - 1 == ~n)
x = 0b1011_0110
print(x >> 2, x << 3, x & 0x0F, x | 0x100, x ^ 0xFF, ~x & 0xFF, (x >> 4) & 0xF)
subsets = [[i for i in range(4) if mask >> i & 1] for mask in range(16)]
print(subsets[5], subsets[15], sum(len(s) for s in subsets))
mask = 0b101100
sub = mask
enum = []
while True:
    enum.append(sub)
    if sub == 0:
        break
    sub = (sub - 1) & mask
print(enum)
print(-7 >> 1, -1 >> 100, 1 << 100 >> 98, (-(2 ** 70)) >> 3, -(2 ** 70) & 0xFFFF, (2 ** 70 - 1) ^ (2 ** 69))
print(int.bit_length(2 ** 1000), (2 ** 1000 - 1).bit_count(), (123).to_bytes(2, "big"), float.hex(0.5), (10).__index__())
