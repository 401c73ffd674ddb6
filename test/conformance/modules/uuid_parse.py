# uuid: the hex forms the constructor accepts (case, prefixes, braces, underscores), version stamping, field views of odd values
import uuid

for text in ['ABCDEF01ABCDEF01ABCDEF01ABCDEF01', 'urn:uuid:{abcdef01-abcd-ef01-abcd-ef01abcdef01}',
             'uuid:abcdef01abcdef01abcdef01abcdef01', '{{abcdef01abcdef01abcdef01abcdef01}}',
             '1234567_123456781234567812345678', 'abcdef01-abcd-ef01-abcd-ef01abcdef01-',
             'abcdef01abcdef01abcdef01abcdef0', 'urn:urn:abcdef01abcdef01abcdef01abcdef01', '',
             '-' * 40, 'abcdef01 abcdef01abcdef01abcdef01']:
    try:
        u = uuid.UUID(text)
        print(repr(text), u, u.version, u.variant)
    except Exception as e:
        print(repr(text), type(e).__name__, e)
for v in [1, 2, 3, 4, 5]:
    for base in [0, 2 ** 128 - 1]:
        u = uuid.UUID(int=base, version=v)
        print(v, u.hex, u.fields, u.time, u.clock_seq, u.version)
u = uuid.UUID(bytes_le=bytes(range(16)))
print(u, u.bytes, u.bytes_le, u.bytes_le == bytes(range(16)))
u = uuid.UUID(fields=(0xffffffff, 0xffff, 0x1fff, 0xbf, 0xff, 0xffffffffffff))
print(u, u.time, u.clock_seq, u.version, u.variant, u.urn)
print(uuid.UUID(bytes=bytes(16), version=1).fields, str(uuid.UUID(int=255)))
print(uuid.UUID(int=1) != uuid.UUID(int=1), uuid.UUID(int=1) == 'x', uuid.UUID(int=3) >= uuid.UUID(int=3))
print(type(uuid.UUID(int=5).version), type(uuid.UUID(int=0).version), isinstance(uuid.UUID(int=0).node, int))
for kw in [dict(bytes='x' * 16), dict(bytes=bytearray(16)), dict(bytes_le=bytearray(16)), dict(bytes_le='y' * 16)]:
    try:
        print(uuid.UUID(**kw))
    except BaseException as e:
        print(type(e).__name__, e)
for n in [-1, 2 ** 48, 'x']:
    try:
        print(uuid.uuid1(node=n))
    except BaseException as e:
        print(type(e).__name__, e)
print(uuid.uuid1(node=2 ** 48 - 1, clock_seq=2 ** 16 - 1).clock_seq)
