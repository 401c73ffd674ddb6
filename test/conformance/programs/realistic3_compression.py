# Compression algorithms: run-length, Huffman (heapq, bit strings), LZ77, and zlib for comparison.
import heapq
import itertools
import zlib
from collections import Counter

TEXT = "abracadabra alakazam " * 3 + "the rain in spain stays mainly in the plain"


def rle_encode(s):
    return [(ch, len(list(g))) for ch, g in itertools.groupby(s)]


def rle_decode(pairs):
    return "".join(ch * n for ch, n in pairs)


r = rle_encode("aaabccddddde")
print(r, rle_decode(r) == "aaabccddddde", "".join(f"{n}{c}" if n > 1 else c for c, n in r))


class Node:
    __slots__ = ("freq", "sym", "left", "right")

    def __init__(self, freq, sym=None, left=None, right=None):
        self.freq, self.sym, self.left, self.right = freq, sym, left, right


def huffman_codes(text):
    freq = Counter(text)
    tie = itertools.count()
    heap = [(f, next(tie), Node(f, s)) for s, f in sorted(freq.items())]
    heapq.heapify(heap)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, next(tie), Node(f1 + f2, None, a, b)))
    codes = {}

    def walk(n, prefix):
        if n.sym is not None:
            codes[n.sym] = prefix or "0"
            return
        walk(n.left, prefix + "0")
        walk(n.right, prefix + "1")

    walk(heap[0][2], "")
    return codes, freq


codes, freq = huffman_codes(TEXT)
for sym in sorted(codes, key=lambda s: (len(codes[s]), s))[:8]:
    print(f"  {sym!r:>5} x{freq[sym]:<3} {codes[sym]}")
bits = "".join(codes[c] for c in TEXT)
print("bits:", len(bits), "vs", 8 * len(TEXT), f"ratio {len(bits) / (8 * len(TEXT)):.3f}")
pad = (-len(bits)) % 8
packed = int(bits + "0" * pad, 2).to_bytes((len(bits) + pad) // 8, "big")
print("packed:", len(packed), "bytes", packed[:8].hex(" "))
decode_map = {v: k for k, v in codes.items()}
out, cur = [], ""
for b in bits:
    cur += b
    if cur in decode_map:
        out.append(decode_map[cur])
        cur = ""
print("huffman round trip:", "".join(out) == TEXT)
unpacked = bin(int.from_bytes(packed, "big"))[2:].zfill(len(packed) * 8)[:len(bits)]
print("bit round trip:", unpacked == bits)


def lz77(data, window=32, lookahead=8):
    i, out = 0, []
    while i < len(data):
        best_len, best_off = 0, 0
        for j in range(max(0, i - window), i):
            k = 0
            while k < lookahead and i + k < len(data) - 1 and data[j + k] == data[i + k]:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        out.append((best_off, best_len, data[i + best_len]))
        i += best_len + 1
    return out


def unlz77(tokens):
    buf = []
    for off, length, ch in tokens:
        for _ in range(length):
            buf.append(buf[-off])
        buf.append(ch)
    return "".join(buf)


toks = lz77(TEXT)
print("lz77 tokens:", len(toks), toks[:6])
print("lz77 round trip:", unlz77(toks) == TEXT)
raw = TEXT.encode()
for level in (0, 1, 6, 9):
    c = zlib.compress(raw, level)
    # (exact deflate sizes depend on the zlib build; only their bounds are printed)
    print(f"zlib level {level}: {'smaller' if len(c) < len(raw) else 'not smaller'}, ok={zlib.decompress(c) == raw}")
co = zlib.compressobj(9, zlib.DEFLATED, -15)
stream = co.compress(raw[:40]) + co.compress(raw[40:]) + co.flush()
do = zlib.decompressobj(-15)
print("raw deflate stream:", len(stream) < 80, do.decompress(stream) == raw, do.eof)
print("crc32:", hex(zlib.crc32(raw)), "adler32:", zlib.adler32(raw), zlib.crc32(b"b", zlib.crc32(b"a")) == zlib.crc32(b"ab"))
try:
    zlib.decompress(b"not zlib data")
except zlib.error as e:
    print("zlib.error:", e)
entropy = -sum(f / len(TEXT) * __import__("math").log2(f / len(TEXT)) for f in freq.values())
print(f"entropy {entropy:.4f} bits/symbol, huffman {len(bits) / len(TEXT):.4f}")
