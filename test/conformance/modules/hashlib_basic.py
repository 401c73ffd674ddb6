# hashlib: every guaranteed algorithm's digests, hash objects (update, copy, name, sizes), new() by name
import hashlib

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(type(hashlib.algorithms_guaranteed).__name__)
print(hashlib.__all__)
for name in sorted(hashlib.algorithms_guaranteed):
    h = getattr(hashlib, name)(b'abc')
    if name.startswith('shake'):
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest(20), h.digest(4))
    else:
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(' ', hashlib.new(name, b'abc').hexdigest(8) if name.startswith('shake') else hashlib.new(name, b'abc').digest() == h.digest())

h = hashlib.sha256()
print(h.hexdigest())
h.update(b'hello ')
c = h.copy()
h.update(bytearray(b'world'))
print(h.hexdigest())
print(c.hexdigest())
print(h.digest() == hashlib.sha256(b'hello world').digest())
print(h.hexdigest() == h.hexdigest())
print(hashlib.md5(b'x' * 100000).hexdigest())
print(hashlib.sha1(string=b'abc').hexdigest())
print(hashlib.md5(usedforsecurity=False).hexdigest())
print(hashlib.new('md5', data=b'a').hexdigest())
print(hashlib.new(name='md5', data=b'a').hexdigest())
print(hashlib.new('sha256', b'a', usedforsecurity=False).hexdigest())
for alias in ['SHA256', 'sha-256', 'MD5', 'SHA3-256', 'sha3-256', 'BLAKE2B512', 'blake2s256', 'SHAKE128', 'sha512-224', 'sha512_256']:
    print(alias, hashlib.new(alias).name)
print(hashlib.shake_128(b'x').digest(0))
print(hashlib.shake_256().copy().name, hashlib.shake_256(b'').hexdigest(length=3))
print(type(hashlib.sha1()).__name__, type(hashlib.sha1()).__module__, type(hashlib.shake_128()).__name__)
print(type(hashlib.blake2b()), type(hashlib.blake2s()))
print(type(hashlib.shake_128()).__mro__)
print(hashlib.md5.__name__, hashlib.sha3_512.__name__)
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', bytearray(b'salt'), 2, 10).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'salt', 1, None).hex()[:32])
print(hashlib.pbkdf2_hmac(hash_name='md5', password=b'', salt=b'', iterations=3).hex())
