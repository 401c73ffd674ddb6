# hmac: new/HMAC with str, constructor and module digestmods, update/copy, hmac.digest, compare_digest and the errors
import hmac
import hashlib

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: hmac.new(b'k', b'msg', 'sha256').hexdigest())
t(lambda: hmac.new(b'k', b'msg', hashlib.sha256).hexdigest())
t(lambda: hmac.new(b'k', b'msg', hashlib).hexdigest())
t(lambda: hmac.new(b'k', b'msg', lambda d=b'': hashlib.md5(d)).hexdigest())
t(lambda: hmac.new(b'k', b'msg', hashlib.sha256).name)
t(lambda: hmac.new(b'k', b'msg', 'md5').name)
t(lambda: type(hmac.new(b'k', b'msg', 'md5')))
t(lambda: (hmac.new(b'k', b'msg', 'md5').digest_size, hmac.new(b'k', b'msg', 'sha512').block_size))
t(lambda: hmac.new(b'k', digestmod='md5').hexdigest())
t(lambda: hmac.new(bytearray(b'k'), digestmod='sha1').hexdigest())
t(lambda: hmac.HMAC(b'k', b'm', 'md5').hexdigest())
t(lambda: hmac.new(b'k' * 200, b'm', 'sha512').hexdigest())
t(lambda: hmac.new(b'k' * 64, b'm', 'sha256').hexdigest())
t(lambda: hmac.new(b'k' * 65, b'm', 'sha256').hexdigest())
t(lambda: hmac.new(b'k', b'm', 'blake2b').hexdigest())
t(lambda: hmac.new(b'k', b'm', 'sha3_256').hexdigest())
t(lambda: hmac.digest(b'k', b'm', 'sha1').hex())
t(lambda: hmac.digest(b'k', b'm', hashlib.sha1).hex())
t(lambda: hmac.new(b'k', b'm', 'sha1').digest() == hmac.digest(b'k', b'm', 'sha1'))
h = hmac.new(b'key', b'a', 'sha256')
c = h.copy()
h.update(b'b')
print(h.hexdigest())
print(c.hexdigest())
print(hmac.new(b'key', b'ab', 'sha256').hexdigest() == h.hexdigest())
print(h.hexdigest() == h.hexdigest())

t(lambda: hmac.new(b'k', b'msg'))
t(lambda: hmac.new('k', b'msg', 'md5'))
t(lambda: hmac.new(b'k', 'msg', 'md5'))
t(lambda: hmac.new(b'k', b'msg', 'foo'))
t(lambda: hmac.new(b'k', b'msg', 12))
t(lambda: hmac.digest(b'k', b'm', 'nope'))
t(lambda: hmac.new(b'k', b'm', 'shake_128'))
t(lambda: hmac.new(b'k', b'm', 'sha256').update('x'))

for a, b in [(b'a', b'a'), (b'a', b'b'), (b'ab', b'a'), ('a', 'a'), ('ab', 'a'), (bytearray(b'a'), b'a'),
             ('a', b'a'), (b'a', 'a'), ('\xe9', '\xe9'), (1, 2), (1, 'a'), ('a', 1), (b'a', 1), (1, b'a')]:
    t(lambda: hmac.compare_digest(a, b))
t(lambda: hmac.compare_digest(b'a'))
print(hmac.digest_size, hmac.trans_5C[:4], hmac.trans_36[-3:], len(hmac.trans_5C))
print(hmac.HMAC.blocksize)
