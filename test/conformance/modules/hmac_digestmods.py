# hmac: digest objects without (or with a tiny) block_size warn, copy() of subclasses (no block_size, as 3.11),
# __slots__, hmac.digest's argument errors for names/OpenSSL constructors versus Python callables, call order
import hmac, hashlib, warnings

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class NoBlock:
    def __init__(self, d=b''):
        self.h = hashlib.md5(d)
        self.digest_size = 16
    def update(self, d): self.h.update(d)
    def digest(self): return self.h.digest()
    def hexdigest(self): return self.h.hexdigest()
    def copy(self):
        c = NoBlock(); c.h = self.h.copy(); return c

class Tiny(NoBlock):
    block_size = 8
    name = 'tiny'

for mod in (NoBlock, Tiny):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        h = hmac.new(b'k', b'm', mod)
        print(h.hexdigest(), h.block_size, [(x.category.__name__, str(x.message)) for x in w])
        t(lambda: h.name)
        t(lambda: hmac.digest(b'k', b'm', mod).hex())
    print(len(w))

class H(hmac.HMAC):
    pass
h = H(b'k', bytearray(b'm'), 'md5')
c = h.copy()
print(type(c).__name__, c.hexdigest() == h.hexdigest(), c.name, c.digest_size)
t(lambda: c.block_size)
h.update(bytearray(b'x'))
print(h.hexdigest(), c.hexdigest())
print(h.digest() == h.digest(), len(h.digest()))
t(lambda: hmac.new(b'k', b'm', hashlib.blake2b).copy().block_size)
t(lambda: hmac.HMAC.__slots__)
def setattr_():
    hmac.new(b'k', b'm', 'sha1').foo = 1
t(setattr_)
t(lambda: hmac.new(b'k', None, None))
t(lambda: hmac.new(b'', b'', 'sha1').hexdigest())
t(lambda: hmac.HMAC(key=b'k', digestmod='sha224', msg=b'z').hexdigest())
t(lambda: hmac.new(b'k', digestmod=hashlib.sha384).block_size)
t(lambda: hmac.new(b'k', 5, 'sha1'))

for name in ('md5', 'sha3_256', 'blake2s'):
    t(lambda: hmac.new(b'k', b'm', name).hexdigest()[:8])
    t(lambda: hmac.digest('k', b'm', name))
    t(lambda: hmac.digest(b'k', None, name))
    t(lambda: hmac.digest(b'k', 'm', name))
    t(lambda: hmac.digest(bytearray(b'k' * 200), bytearray(b'm'), name).hex()[:16])
    t(lambda: hmac.new(b'k', 'm', name))
    t(lambda: hmac.new(b'k', None, name).update(None))
sha1 = lambda d=b'': hashlib.sha1(d)
t(lambda: hmac.digest(b'k', None, hashlib.sha1))
t(lambda: hmac.digest('k', None, 'nope'))
t(lambda: hmac.digest(b'k', None, 'nope'))
t(lambda: hmac.digest(b'k', b'm', 'nope'))
t(lambda: hmac.new(b'k', 'm', 'nope'))
t(lambda: hmac.digest(b'k', None, sha1))
t(lambda: hmac.digest('k', b'm', sha1))
t(lambda: hmac.new(b'k', 'm', hashlib.sha1))
t(lambda: hmac.new(b'k', 'm', hashlib.blake2b))
t(lambda: hmac.digest(b'k', 'm', hashlib.blake2b))
t(lambda: hmac.digest(b'k', b'm', hashlib.shake_128))
t(lambda: hmac.new(b'k', None, hashlib.shake_128))
t(lambda: hmac.digest(b'k', b'm', lambda d=b'': hashlib.shake_128(d)))
t(lambda: hmac.digest(b'k', b'm', hashlib).hex())
order = []
def cons(d=b''):
    order.append(d[:2])
    return hashlib.sha1(d)
t(lambda: hmac.new(b'k' * 70, b'm', cons).hexdigest())
t(lambda: hmac.digest(b'k' * 70, b'm', cons).hex())
print(order)
