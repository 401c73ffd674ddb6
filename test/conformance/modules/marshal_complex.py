# marshal: complex numbers written and read byte for byte as CPython does, in every version
import marshal
for v in [1j, 1 + 2j, -2.5 - 0.125j, 1e300 - 1e-300j]:
    for ver in range(5):
        b = marshal.dumps(v, ver)
        print(ver, b.hex(), marshal.loads(b))
inf = float('inf')
print(marshal.dumps(complex(-0.0, inf), 1).hex(), marshal.dumps(complex(-0.0, inf), 2).hex())
print(marshal.loads(bytes.fromhex('7803312e3503322e35')), marshal.loads(bytes.fromhex('78022d3003696e66')))
print(marshal.loads(bytes.fromhex('79000000000000f03f000000000000f0bf')))
for h in ['79', '7900000000', '7803312e35']:
    try:
        print(marshal.loads(bytes.fromhex(h)))
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
