"""hmac for tpy: keyed-hashing for message authentication (RFC 2104) over hashlib."""

import hashlib as _hashlib
from _hashlib import compare_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying hash; None says so.
digest_size = None


def _constructor(digestmod):
    """A callable making a fresh hash object from optional data."""
    if isinstance(digestmod, str):
        # A name hashlib does not know fails here, with hashlib.new's message (3.11.7's
        # HMAC falls back to hashlib.new when OpenSSL refuses the name).
        _hashlib.new(digestmod)
        return lambda d=b'': _hashlib.new(digestmod, d)
    if callable(digestmod):
        return digestmod
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC: H((K ^ opad) + H((K ^ ipad) + msg))."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        if self._inner.digest_size == 0:
            # An extendable-output hash (shake) has no fixed digest to key with; OpenSSL refuses it so.
            raise ValueError('no reason supplied')
        self.digest_size = self._inner.digest_size
        self.block_size = self._inner.block_size
        if len(key) > self.block_size:
            key = make(key).digest()
        key = bytes(key) + b'\x00' * (self.block_size - len(key))
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash `digest`, in one call."""
    return HMAC(key, msg, digest).digest()
