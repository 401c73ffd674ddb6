# An image codec playground: a tiny bitmap drawn with Bresenham lines and flood fill, written
# as BMP (struct little-endian headers, padded rows) and as PNG chunks (zlib crc32 checks,
# IHDR/IEND layout), read back and verified, array-based pixel buffers, memoryview slicing,
# run-length encoding, and errors for truncated or corrupt headers.
import struct
import zlib
import array
from collections import Counter

W, H = 24, 12
pix = array.array("B", [0] * (W * H))


def put(x, y, c):
    if 0 <= x < W and 0 <= y < H:
        pix[y * W + x] = c


def line(x0, y0, x1, y1, c):
    dx, dy = abs(x1 - x0), -abs(y1 - y0)
    sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
    err = dx + dy
    while True:
        put(x0, y0, c)
        if (x0, y0) == (x1, y1):
            break
        e2 = 2 * err
        if e2 >= dy:
            err += dy
            x0 += sx
        if e2 <= dx:
            err += dx
            y0 += sy


def fill(x, y, c):
    target = pix[y * W + x]
    if target == c:
        return 0
    stack, n = [(x, y)], 0
    while stack:
        x, y = stack.pop()
        if 0 <= x < W and 0 <= y < H and pix[y * W + x] == target:
            pix[y * W + x] = c
            n += 1
            stack += [(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)]
    return n


line(1, 1, 22, 1, 1)
line(22, 1, 22, 10, 1)
line(22, 10, 1, 10, 1)
line(1, 10, 1, 1, 1)
line(3, 8, 20, 3, 2)
print("filled", fill(5, 3, 3), "pixels")
for y in range(H):
    print("".join(" #/."[pix[y * W + x]] for x in range(W)))
print(Counter(pix), pix.typecode, pix.itemsize, len(pix.tobytes()))

PALETTE = [(255, 255, 255), (0, 0, 0), (200, 30, 30), (30, 90, 200)]


def to_bmp():
    row_size = (W * 3 + 3) // 4 * 4
    body = bytearray()
    for y in range(H - 1, -1, -1):
        row = bytearray()
        for x in range(W):
            r, g, b = PALETTE[pix[y * W + x]]
            row += bytes((b, g, r))
        body += row + b"\0" * (row_size - len(row))
    header = struct.pack("<2sIHHI", b"BM", 14 + 40 + len(body), 0, 0, 54)
    info = struct.pack("<IiiHHIIiiII", 40, W, H, 1, 24, 0, len(body), 2835, 2835, 0, 0)
    return header + info + bytes(body)


def read_bmp(data):
    if len(data) < 54:
        raise ValueError(f"truncated BMP: {len(data)} bytes")
    magic, size, _, _, offset = struct.unpack_from("<2sIHHI", data, 0)
    if magic != b"BM":
        raise ValueError(f"bad magic {magic!r}")
    hsize, w, h, planes, bpp = struct.unpack_from("<IiiHH", data, 14)
    return {"size": size, "offset": offset, "w": w, "h": h, "bpp": bpp, "planes": planes}


bmp = to_bmp()
print(len(bmp), read_bmp(bmp), bmp[:2], bmp[2:6].hex(), struct.calcsize("<IiiHHIIiiII"))
mv = memoryview(bmp)
first_row = mv[54:54 + W * 3]
print(first_row[:6].tobytes().hex(), mv[0:2].tobytes(), mv.nbytes, mv.readonly, mv.format, mv[54:60:3].tolist())
for bad in [bmp[:20], b"XX" + bmp[2:]]:
    try:
        read_bmp(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    struct.unpack("<I", b"\x01\x02")
except struct.error as e:
    print("struct.error:", e)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


raw = b"".join(b"\0" + bytes(pix[y * W:(y + 1) * W]) for y in range(H))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 3, 0, 0, 0))
       + chunk(b"PLTE", b"".join(bytes(c) for c in PALETTE)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def read_chunks(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, out = 8, []
    while pos < len(data):
        (n,) = struct.unpack_from(">I", data, pos)
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + n]
        (crc,) = struct.unpack_from(">I", data, pos + 8 + n)
        if crc != zlib.crc32(kind + body):
            raise ValueError(f"bad CRC in {kind.decode()} chunk")
        out.append((kind.decode(), n))
        pos += 12 + n
    return out


chunks = read_chunks(png)
print([c for c in chunks if c[0] != "IDAT"], dict(chunks)["IDAT"] > 0)
idat = png[png.index(b"IDAT") + 4:]
print(zlib.decompress(idat[:dict(chunks)["IDAT"]]) == raw, struct.unpack(">IIBBBBB", png[16:29]))
corrupt = bytearray(png)
corrupt[40] ^= 0xFF
try:
    read_chunks(bytes(corrupt))
except ValueError as e:
    print("ValueError:", e)


def rle(data):
    out, i = [], 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append((j - i, data[i]))
        i = j
    return out


enc = rle(pix)
print(len(enc), enc[:6], sum(n for n, _ in enc) == len(pix), bytes(b for pair in enc[:3] for b in pair))
print(struct.pack(">hHiIqQ?e", -2, 2, -3, 3, -4, 4, True, 1.5).hex(), struct.unpack("<3s2xh", b"abc\0\0\x05\x00"), struct.Struct(">HH").size)
