# marshal.dumps/loads: every supported type, FLAG_REF and TYPE_REF back-references, old versions.
import marshal
vals = [None, True, False, ..., 0, 1, -1, 255, 256, 257, -5, -6, 1000, 2**31-1, -2**31, 2**31, -2**31-1, 2**62, 2**70, -2**100, 12345678901234567890,
        1.5, -0.0, 1e300, float('inf'), 'abc', '', 'a b', 'é', 'x'*300, 'hello world', '日本', b'', b'ab\x00', (), (1,), (1, 2, 'a'), [], [1, [2]], {}, {'a': 1, 'b': [2, 3]},
        set(), frozenset(), {1}, frozenset([5]), bytearray(b'xy')]
for v in vals:
    b = marshal.dumps(v)
    print(repr(v)[:40], b.hex()[:120], repr(marshal.loads(b))[:40])
# CPython flags objects whose reference count is above one; build values at run time so both agree.
half = float('0.5')
t = tuple(['f.py', 3, 'foo'])
shared = {t: tuple([1, 1, half, half, {t: tuple([1, 1, half, half])}])}
print(marshal.dumps(shared).hex())
lst = [float('1000.5'), 'abc']
both = [lst, lst]
print(marshal.dumps(both).hex())
rec = []
rec.append(rec)
b = marshal.dumps(rec); print(b.hex()); r = marshal.loads(b); print(r, r[0] is r)
print(marshal.loads(b'\xa9\x01r\x00\x00\x00\x00'))
for v in [1.5, 0.1, 1e-7, 123456789.0, 1e22, -2.5e-5]:
    print(marshal.dumps(v, 1), marshal.dumps('é', 0), marshal.dumps((1,2), 2).hex())
