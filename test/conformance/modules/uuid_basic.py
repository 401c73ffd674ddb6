# uuid: UUID from hex/bytes/bytes_le/fields/int, its views, comparison and hashing, uuid3/uuid5, namespaces, uuid1/uuid4 shapes
import uuid
import pickle
import copy

u = uuid.UUID('12345678123456781234567812345678')
print(repr(u), str(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.version, u.variant, u.is_safe, repr(u.is_safe))
same = [uuid.UUID('{12345678-1234-5678-1234-567812345678}'), uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
        uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int),
        uuid.UUID(fields=list(u.fields))]
print([x == u for x in same], len({hash(x) for x in same}), hash(u) == hash(u.int), int(u) == u.int)
print(uuid.UUID(int=1, version=4), uuid.UUID(int=0), uuid.UUID(int=2 ** 128 - 1))
for v in range(1, 6):
    w = uuid.UUID(int=u.int, version=v)
    print(v, w, w.version, w.variant)
for bits in [0, 0x8000, 0xc000, 0xe000]:
    print(hex(bits), uuid.UUID(int=bits << 48).variant, uuid.UUID(int=bits << 48).version)

a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == 1, sorted([b, a]), max(a, b))
print(a.__eq__(1), a.__lt__(1), {a: 'x'}[uuid.UUID(int=1)])
try:
    a < 1
except TypeError as e:
    print('TypeError', e)
print(format(u), f'{u}', '%s' % u)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, '|', uuid.RFC_4122, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE)
for ns in [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL]:
    for name in ['python.org', 'http://example.com/', '', 'naïve']:
        x3, x5 = uuid.uuid3(ns, name), uuid.uuid5(ns, name)
        print(name, x3, x3.version, x5, x5.version)

r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r != uuid.uuid4())
t1, t2 = uuid.uuid1(), uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t2.time > t1.time, t1.node == uuid.getnode(), uuid.getnode() < 2 ** 48)
t3 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t3.node == 0x123456789abc, t3.clock_seq == 0x1234, t3.version)

print(list(uuid.SafeUUID), uuid.SafeUUID(None), uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print(u.__getstate__(), uuid.UUID(int=5, is_safe=uuid.SafeUUID.unsafe).__getstate__())
p = pickle.loads(pickle.dumps(u))
print(p == u, p.is_safe, copy.copy(u) == u, copy.deepcopy(u) == u)
print(uuid.UUID.__slots__, uuid.UUID.__module__)
