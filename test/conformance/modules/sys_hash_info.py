# sys.hash_info: the parameters behind hash() of numbers, and the str hash algorithm.
import sys
hi = sys.hash_info
print(hi)
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(len(hi), hi[0], hi[-1], tuple(hi)[:3], type(hi).__name__)
print(hash(float('inf')) == hi.inf, hash(float('-inf')) == -hi.inf, hash(hi.modulus) == 0, hash(hi.modulus + 5) == 5)
print(hash(1j) == hi.imag, hash(2 + 3j) == (hash(2) + 3 * hi.imag) % 2**64 - (2**64 if hash(2) + 3 * hi.imag >= 2**63 else 0))
print(hash(-hi.modulus - 1), hash(2 ** hi.width) == hash(2 ** hi.width % hi.modulus))
try:
    hi.width = 32
except AttributeError as e:
    print(type(e).__name__, e)
