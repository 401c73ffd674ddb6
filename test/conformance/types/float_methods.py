# float methods: is_integer, as_integer_ratio, hex, fromhex, real/imag
for v in (1.0, 1.5, -2.0, 0.1, 1e20):
    print(v, v.is_integer(), v.as_integer_ratio())
print((0.5).hex(), (1.0).hex(), (-0.1).hex(), (0.0).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("0x10"), float.fromhex("-0x1p-2"))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.__name__, (3.0).__class__.__name__)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
