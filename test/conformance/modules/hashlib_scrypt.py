# hashlib.scrypt: RFC 7914 vectors, bytes-like inputs, dklen/maxmem, and CPython's argument errors in order
import hashlib

print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1).hex())
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16).hex())
print(hashlib.scrypt(b"pw", salt=b"salt", n=16, r=8, p=1).hex())
print(hashlib.scrypt(bytearray(b"pw"), salt=memoryview(b"s"), n=2, r=1, p=1, dklen=8).hex())
print(hashlib.scrypt(b"x", salt=b"s", n=2 ** 14, r=8, p=1, maxmem=16 * 1024 * 1024 + 128 * 8 * 3).hex()[:16])
print("scrypt" in hashlib.__all__, hashlib.scrypt.__name__)
cases = [
    ("pw", dict(salt=b"s", n=2, r=1, p=1)),
    (b"pw", dict(salt="s", n=2, r=1, p=1)),
    (b"pw", dict(n=2, r=1, p=1)),
    (b"pw", dict(salt=b"s", r=1, p=1)),
    (b"pw", dict(salt=b"s", n=2, p=1)),
    (b"pw", dict(salt=b"s", n=2, r=1)),
    (b"pw", dict(salt=b"s", n=3, r=1, p=1)),
    (b"pw", dict(salt=b"s", n=1, r=1, p=1)),
    (b"pw", dict(salt=b"s", n=-2, r=1, p=1)),
    (b"pw", dict(salt=b"s", n=2, r=0, p=1)),
    (b"pw", dict(salt=b"s", n=2, r=1, p=0)),
    (b"pw", dict(salt=b"s", n=2 ** 16, r=1, p=1)),
    (b"pw", dict(salt=b"s", n=2, r=1, p=1, dklen=0)),
    (b"pw", dict(salt=b"s", n=2, r=1, p=1, dklen=2 ** 31)),
    (b"pw", dict(salt=b"s", n=2, r=1, p=1, maxmem=-1)),
    (b"pw", dict(salt=b"s", n=2, r=1, p=1, maxmem=2 ** 40)),
    (b"pw", dict(salt=b"s", n=2 ** 20, r=8, p=1)),
    (b"pw", dict(salt=b"s", n=2 ** 14, r=8, p=1, maxmem=16 * 1024 * 1024)),
    (b"pw", dict(salt=b"s", n=2.0, r=1, p=1)),
    (b"pw", dict(salt=b"s", n=2, r="1", p=1)),
]
for pw, kw in cases:
    try:
        print(hashlib.scrypt(pw, **kw).hex())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    hashlib.scrypt(b"x", b"s", 2, 1, 1)
except TypeError as e:
    print("TypeError:", e)
