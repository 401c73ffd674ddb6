# pickletools: genops, optimize, dis options and errors
import pickle, pickletools, io
data = pickle.dumps([[1, 2], 'a', 'a'], 2)
for op, arg, pos in pickletools.genops(data):
    print(op.name, repr(arg), pos, op.code == data[pos:pos + 1].decode('latin-1'), op.proto, op.arg.name if op.arg else None)
print([repr(s) for s in pickletools.code2op['a'].stack_before], pickletools.code2op['e'].stack_after)
ops = pickletools.opcodes
print(len(ops), ops[0].name, ops[-1].name, sorted(o.name for o in ops if o.proto == 5))
big = [list(range(5)) for _ in range(3)]
shared = ['s']
for proto in range(6):
    objs = [big, [shared, shared, 'x', 'x'], {'a': (1, 2), 'b': 'ünï'}]
    if proto >= 4:
        objs += [[str(i) * 1000 for i in range(70)], [b'y' * 70000, 'z']]
    for obj in objs:
        p = pickle.dumps(obj, proto)
        o = pickletools.optimize(p)
        print(proto, len(p), len(o), pickle.loads(o) == obj, o[:40])
o = pickletools.optimize(pickle.dumps([shared, shared], 4))
pickletools.dis(o)
pickletools.dis(pickle.dumps({'k': [1, 2]}, 1), annotate=20)
pickletools.dis(pickle.dumps((1, (2, 3), [4]), 0), indentlevel=2)
memo = {}
pickletools.dis(pickle.dumps(['a'], 2), memo=memo)
print(memo)
pickletools.dis(io.BytesIO(pickle.dumps('file', 3)))
class NoTell:
    def __init__(self, b): self.f = io.BytesIO(b)
    def read(self, n): return self.f.read(n)
    def readline(self): return self.f.readline()
pickletools.dis(NoTell(pickle.dumps([1], 2)))
for bad in [b'', b'K\x01', b'\xff', b'(K\x01.', b'K\x01K\x02.', b'e.', b'h\x05.', b'K\x01q\x00q\x00.',
            b'J\x01\x00', b'X\x05\x00\x00\x00ab', b'I12\n', b'V\xe9t\x00\n.', b'Fx\n.', b'S"abc\n.', b'Sabc\n.']:
    try:
        pickletools.dis(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(pickletools.read_uint2(io.BytesIO(b'\x01\x02')), pickletools.read_decimalnl_short(io.BytesIO(b'01\n')),
      pickletools.read_floatnl(io.BytesIO(b'-1.25\n')), pickletools.read_long1(io.BytesIO(b'\x02\xff\x00')),
      pickletools.read_stringnl(io.BytesIO(b"'a\\nb'\n")), pickletools.read_unicodestringnl(io.BytesIO(b'x\\u00e9\n')))
