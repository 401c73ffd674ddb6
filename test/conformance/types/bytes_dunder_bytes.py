# bytes() asks __bytes__ before an int count, a str or a buffer; bytearray() never asks it
class Meters:
    def __init__(self, v): self.v = v
    def __index__(self): return int(self.v)
    def __bytes__(self): return f"{self.v}m".encode()
class OnlyBytes:
    def __bytes__(self): return b"ob"
class GivesByteArray:
    def __bytes__(self): return bytearray(b"x")
class SubB(bytes): pass
class GivesSub:
    def __bytes__(self): return SubB(b"sub")
class StrWithBytes(str):
    def __bytes__(self): return b"from str subclass"
class BytesSub(bytes):
    def __bytes__(self): return b"override"
class NoneBytes:
    __bytes__ = None
    def __iter__(self): return iter([65])
cases = [
    lambda: bytes(Meters(3)), lambda: bytearray(Meters(3)), lambda: bytes(OnlyBytes()), lambda: bytearray(OnlyBytes()),
    lambda: bytes(GivesByteArray()), lambda: bytes(GivesSub()), lambda: type(bytes(GivesSub())).__name__,
    lambda: bytes(StrWithBytes("x")), lambda: bytes(BytesSub(b"orig")), lambda: bytearray(BytesSub(b"orig")),
    lambda: int.from_bytes(Meters(3), "big"), lambda: int.from_bytes(OnlyBytes(), "big"), lambda: int.from_bytes(GivesByteArray(), "big"),
    lambda: bytes(Meters(3), "utf-8"), lambda: SubB(Meters(2)), lambda: type(SubB(Meters(2))).__name__,
    lambda: bytes(NoneBytes()), lambda: bytearray(NoneBytes()), lambda: bytes(source=OnlyBytes()),
]
for case in cases:
    try:
        print(repr(case()))
    except TypeError as e:
        print("TypeError:", e)
