# struct floats: half ('e'), single ('f') and double ('d'), rounding, subnormals, infinities and NaN
import struct, math

for v in [0.0, -0.0, 1.0, -1.5, 0.1, 65504.0, 65519.99, 6.1e-05, 6.097555160522461e-05, 5.960464477539063e-08,
          2.9e-08, 3e-08, 5e-08, 1e-10, 1.0009765625, 1.00048828125, 1.00146484375, 2049.0, 2051.0, 4097.0,
          math.inf, -math.inf, 1e-7, 0.33333, -1234.5678]:
    b = struct.pack('<e', v)
    print('e', v, b.hex(), struct.unpack('<e', b)[0], struct.pack('>e', v).hex())
for v in [0.0, -0.0, 1.0, 0.1, 3.4028234663852886e+38, 3.4028235e38, 3.40282356e38, 1.4e-45, 1e-46, 7e-46,
          1.17549435e-38, 16777217.0, math.inf, -math.inf, 1e39, -1e39, 123456.789]:
    b = struct.pack('@f', v)
    print('f', v, b.hex(), struct.unpack('@f', b)[0], struct.pack('>f', v).hex() if abs(v) < 3.4028236e38 or math.isinf(v) else '-')
for v in [0.0, -0.0, 0.1, 1e308, 5e-324, -2.5e-310, math.pi, math.inf, 1.7976931348623157e308]:
    b = struct.pack('<d', v)
    print('d', v, b.hex(), struct.unpack('<d', b)[0], struct.pack('!d', v).hex())
nan = float('nan')
print(struct.pack('>d', nan).hex(), struct.pack('>f', nan).hex(), struct.pack('>e', nan).hex())
neg = -nan
print(struct.pack('>d', neg).hex(), struct.pack('>f', neg).hex(), struct.pack('>e', neg).hex())
print(struct.pack('<e', math.copysign(nan, -1)).hex())
for fmt, raw in [('<e', '007c'), ('<e', '00fc'), ('<e', '017c'), ('<e', '0100'), ('<e', 'ff03'), ('<e', '0004'),
                 ('<e', 'ff7b'), ('<f', '0000c07f'), ('<f', '01000000'), ('>d', '7ff8000000000001'), ('>d', '0000000000000001')]:
    x = struct.unpack(fmt, bytes.fromhex(raw))[0]
    print(fmt, raw, x, math.isnan(x))
print(struct.pack('d', 1), struct.pack('f', True), struct.pack('e', 2))

class F:
    def __float__(self):
        return 2.5

print(struct.pack('<d', F()), struct.pack('<e', F()))
for fmt in ['e', '<e', '>e', '=f', '<f', '>f', '!f']:
    for v in [65520.0, -1e6, 1e39, 1e300]:
        try:
            print(fmt, v, struct.pack(fmt, v).hex())
        except OverflowError as e:
            print(fmt, v, type(e).__name__, e)
