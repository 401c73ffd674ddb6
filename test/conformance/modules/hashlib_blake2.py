# hashlib.blake2b / blake2s: digest_size, key, salt, person, tree parameters, incremental updates, copy and their errors
import hashlib

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(hashlib.blake2b(b'abc').hexdigest())
print(hashlib.blake2s(b'abc').hexdigest())
print(hashlib.blake2b(b'').hexdigest())
print(hashlib.blake2s(b'').hexdigest())
for n in [1, 16, 20, 32, 63, 64]:
    h = hashlib.blake2b(b'x', digest_size=n)
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest())
for n in [1, 16, 31, 32]:
    print(n, hashlib.blake2s(b'x', digest_size=n).hexdigest())
print(hashlib.blake2b(b'abc', key=b'key', salt=b'salt', person=b'me', digest_size=32).hexdigest())
print(hashlib.blake2s(b'abc', key=b'k' * 32, salt=b's' * 8, person=b'p' * 8).hexdigest())
print(hashlib.blake2b(key=b'secret').hexdigest())
print(hashlib.blake2b(b'abc', last_node=True).hexdigest())
print(hashlib.blake2b(b'abc', fanout=2, depth=3, leaf_size=4, node_offset=5, node_depth=6, inner_size=7).hexdigest())
print(hashlib.blake2s(b'abc', fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1, node_depth=255, inner_size=32).hexdigest())
print(hashlib.blake2b(b'abc', node_offset=2**64 - 1).hexdigest()[:16])

# data across several blocks, whole and in pieces, with and without a key
data = bytes(range(256)) * 3
for kw in [{}, {'digest_size': 20}, {'key': b'key'}]:
    whole = hashlib.blake2b(data, **kw)
    parts = hashlib.blake2b(**kw)
    for i in range(0, len(data), 37):
        parts.update(data[i:i + 37])
    print(kw, whole.hexdigest()[:32], whole.digest() == parts.digest())
    s_whole = hashlib.blake2s(data, **kw)
    s_parts = hashlib.blake2s(**kw)
    for i in range(0, len(data), 64):
        s_parts.update(data[i:i + 64])
    print(' ', s_whole.hexdigest()[:32], s_whole.digest() == s_parts.digest())
h = hashlib.blake2b(b'a', digest_size=10)
c = h.copy()
h.update(b'b')
print(h.hexdigest(), c.hexdigest(), hashlib.blake2b(b'ab', digest_size=10).hexdigest())
print(hashlib.new('blake2b', b'x', digest_size=16).hexdigest())
print(hashlib.new('blake2s', b'x', usedforsecurity=False).hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)

t(lambda: hashlib.blake2b(b'x', digest_size=0))
t(lambda: hashlib.blake2b(b'x', digest_size=65))
t(lambda: hashlib.blake2s(b'x', digest_size=33))
t(lambda: hashlib.blake2b(b'x', key=b'k' * 65))
t(lambda: hashlib.blake2s(b'x', key=b'k' * 33))
t(lambda: hashlib.blake2b(b'x', salt=b'k' * 17))
t(lambda: hashlib.blake2s(b'x', person=b'k' * 9))
t(lambda: hashlib.blake2b(b'abc', fanout=256))
t(lambda: hashlib.blake2b(b'abc', depth=0))
t(lambda: hashlib.blake2b(b'abc', inner_size=65))
t(lambda: hashlib.blake2b(b'abc', node_depth=256))
t(lambda: hashlib.blake2b(b'abc', leaf_size=-1))
t(lambda: hashlib.blake2b(b'abc', node_offset=-1))
t(lambda: hashlib.blake2b(b'abc', leaf_size=2**32))
t(lambda: hashlib.blake2s(b'abc', node_offset=2**48))
t(lambda: hashlib.blake2b(b'abc', 20))
t(lambda: hashlib.blake2b(data=b'x'))
t(lambda: hashlib.blake2b(bogus=1))
t(lambda: hashlib.blake2b('x'))
t(lambda: hashlib.blake2b(None))
t(lambda: hashlib.blake2b(key='k'))
t(lambda: hashlib.blake2b(salt='k'))
t(lambda: hashlib.blake2b(digest_size=1.0))
t(lambda: hashlib.blake2b(digest_size=2**70))
t(lambda: hashlib.blake2b().update('s'))
t(lambda: hashlib.blake2b().update())
t(lambda: hashlib.blake2b().digest(1))
t(lambda: hashlib.blake2b().copy(1))
