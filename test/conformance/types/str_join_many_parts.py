# sep.join of lists longer than 4096 parts (tpy writes one-byte texts into a byte buffer):
# latin-1 characters, multi-character and empty separators, empty parts, and parts or
# separators past U+00FF (joined another way), astral characters and lengths.
import hashlib

def h(s):
    return hashlib.md5(s.encode('utf-8', 'surrogatepass')).hexdigest()[:12]

words = ['w%d' % (i % 97) for i in range(10000)]
for sep in (' ', '', ', ', '\xe9', '--\xff--', '\u20ac', '\U0001f600'):
    r = sep.join(words)
    print(repr(sep), len(r), h(r), repr(r[:12]), repr(r[-12:]))
mixed = ['caf\xe9', '', 'na\xefve', 'x'] * 2000
r = '|'.join(mixed)
print(len(r), h(r), repr(r[:20]), r.count('||'))
late = ['ab'] * 6000 + ['\u0101'] + ['cd'] * 10
r = ' '.join(late)
print(len(r), h(r), repr(r[-20:]))
astral = ['\U0001f600x'] * 5000
r = ''.join(astral)
print(len(r), h(r), r[1], r[-1] == '\U0001f600' or r[-1])
empty = [''] * 5000
print(len(','.join(empty)), len(''.join(empty)), ','.join(empty)[:5])
t = tuple(words)
print(t and '+'.join(t) == '+'.join(words), len(' '.join(w.upper() for w in words)))
class S(str):
    pass
print(type(S(' ').join(words)).__name__, len(S('::').join([S('a')] * 5000)))
