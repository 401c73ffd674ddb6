# uuid: the constructor's errors, immutability, and bad arguments to uuid3/uuid5
import uuid

bad = [dict(hex='x'), dict(hex='1234'), dict(hex='12345678-1234-5678-1234-56781234567g'), dict(bytes=b'1'),
       dict(bytes_le=b'1'), dict(fields=(1, 2)), dict(fields=(2 ** 32, 0, 0, 0, 0, 0)),
       dict(fields=(0, 2 ** 16, 0, 0, 0, 0)), dict(fields=(0, 0, 2 ** 16, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)),
       dict(fields=(0, 0, 0, 0, 256, 0)), dict(fields=(0, 0, 0, 0, 0, 2 ** 48)), dict(fields=(-1, 0, 0, 0, 0, 0)),
       dict(int=-1), dict(int=2 ** 128), dict(), dict(hex='12345678123456781234567812345678', int=1),
       dict(bytes=b'x' * 16, bytes_le=b'y' * 16), dict(int=1, version=9), dict(int=1, version=0), dict(hex=5)]
for kwargs in bad:
    try:
        print(repr(uuid.UUID(**kwargs)))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), ('1234', None, None, None, None, None, 1)]:
    try:
        print(uuid.UUID(*args))
    except Exception as e:
        print(type(e).__name__, e)

u = uuid.UUID(int=7)
for name in ['int', 'hex', 'x', 'is_safe']:
    try:
        setattr(u, name, 1)
    except Exception as e:
        print(type(e).__name__, e)
print(u)
for f, args in [(uuid.uuid3, (uuid.NAMESPACE_DNS, b'x')), (uuid.uuid5, ('x', 'x')), (uuid.uuid3, (None, 'x')),
                (uuid.uuid5, (uuid.NAMESPACE_DNS, 5))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
