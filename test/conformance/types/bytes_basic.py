# bytes: construction, indexing, slicing, concatenation, membership and decoding
b = bytes([72, 105, 33])
print(b, len(b), b[0], b[-1], b[1:], list(b))
print(bytes(3), bytes(), bytes(b"copy"), bytes("héllo", "utf-8"))
print(b + b"?", b * 2, b"i" in b, 105 in b, b"xyz" in b)
print(b == b"Hi!", b < b"Hj", b"abc" < b"abd")
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), "naïve".encode())
print(b"\x00\x01\x7f\x80\xff", b"\n\t\\", b"'", b'"', b"'\"")
print(b.hex(), bytes.fromhex("48 69 21"), b"".hex())
print(type(b[0]).__name__, type(b[0:1]).__name__)
for x in b"AB":
    print(x, chr(x))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
