"""hmac for tpy: keyed-hashing for message authentication (RFC 2104) over hashlib.

HMAC(K, m) = H((K' ^ opad) || H((K' ^ ipad) || m)), where K' is the key padded with zero
bytes to the hash's block size (or first hashed, when longer than a block).
"""

import warnings as _warnings
import hashlib as _hashlib
import _hashlib as _native
from _hashlib import compare_digest

# The key XOR the pad bytes, for bytes.translate: opad is 0x5C, ipad 0x36.
trans_5C = bytes(b ^ 0x5C for b in range(256))
trans_36 = bytes(b ^ 0x36 for b in range(256))

# The size of the digests returned by HMAC depends on the underlying hash; None says so.
digest_size = None


def _native_backed(digestmod):
    # CPython hands hash names and OpenSSL's own constructors (hashlib.sha256, ...) to
    # OpenSSL, whose argument checks and messages differ from the Python-level path.
    if isinstance(digestmod, str):
        return True
    name = getattr(digestmod, '__name__', None)
    return isinstance(name, str) and name.startswith('openssl_') and getattr(_native, name, None) is digestmod


def _hash_factory(digestmod):
    """A callable making a fresh hash object from optional initial data."""
    if isinstance(digestmod, str):
        # An unknown name fails here, with hashlib.new's message.
        _hashlib.new(digestmod)
        return lambda data=b'': _hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    # A module such as hashlib.sha256's home: its new() makes the hash.
    return lambda data=b'': digestmod.new(data)


def _require_buffer(value):
    try:
        memoryview(value)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__) from None


def _refuse_xof(sample):
    # A shake hash has no fixed digest size to build an HMAC on; OpenSSL refuses it so.
    if sample.digest_size == 0:
        raise ValueError('no reason supplied')


def _padded_key(key, block, make):
    if len(key) > block:
        key = make(key).digest()
    return key + b'\x00' * (block - len(key))


class HMAC:
    """RFC 2104 HMAC: H((K ^ opad) + H((K ^ ipad) + msg))."""

    # CPython's slots: _hmac holds its OpenSSL object, which tpy never has (always None).
    __slots__ = ('_hmac', '_inner', '_outer', 'block_size', 'digest_size')

    blocksize = 64  # the block size assumed for a hash that does not give a usable one

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _hash_factory(digestmod)
        self._hmac = None
        self._outer = make()
        self._inner = make()
        if _native_backed(digestmod):
            _refuse_xof(self._inner)
        self.digest_size = self._inner.digest_size
        self.block_size = self._usable_block_size()
        key = _padded_key(bytes(key), self.block_size, make)
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    def _usable_block_size(self):
        # stacklevel 2 puts the warnings in __init__, so filters on module 'hmac' see them.
        block = getattr(self._inner, 'block_size', None)
        if block is None:
            _warnings.warn('No block_size attribute on given digest object; Assuming %d.'
                           % self.blocksize, RuntimeWarning, 2)
            return self.blocksize
        if block < 16:
            _warnings.warn('block_size of %d seems too small; using our default of %d.'
                           % (block, self.blocksize), RuntimeWarning, 2)
            return self.blocksize
        return block

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        # As CPython's copy, the new object gets no block_size (reading it is an AttributeError).
        twin = type(self).__new__(type(self))
        twin.digest_size = self.digest_size
        twin._hmac = None
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        return twin

    def _finished_outer(self):
        # A copy, so that update() may still follow digest().
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._finished_outer().digest()

    def hexdigest(self):
        return self._finished_outer().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash `digest`, in one call."""
    native = _native_backed(digest)
    if native:
        _require_buffer(key)
        _require_buffer(msg)
        key = bytes(key)
    make = _hash_factory(digest)
    inner, outer = make(), make()
    if native:
        _refuse_xof(inner)
    key = _padded_key(key, getattr(inner, 'block_size', 64), make)
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
