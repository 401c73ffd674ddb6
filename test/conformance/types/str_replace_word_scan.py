# str.replace on long ASCII texts, read 8 bytes at a time by tpy's kernel: matches at every
# offset within an 8-byte word, runs of the pattern's first byte, patterns across words,
# counts that stop inside a word, texts whose length is not a multiple of 8, and tails.
import hashlib

def h(s):
    return hashlib.md5(s.encode()).hexdigest()[:12]

for n in (4096, 4097, 4101, 4103, 5000):
    for k in range(1, 10):
        text = ''.join('a' if i % k == 0 else chr(98 + i % 7) for i in range(n))
        r1 = text.replace('a', '')
        r2 = text.replace('a', 'XY')
        r3 = text.replace('ab', '_', 100)
        print(n, k, len(r1), h(r1), len(r2), h(r2), len(r3), h(r3))
runs = 'aaaaaaaaab' * 500
print(len(runs.replace('a', '')), runs.replace('aa', 'A')[:12], h(runs.replace('aaab', '-')))
print(h(runs.replace('a', 'QQ', 3001)), runs.replace('b', '', 499)[-12:])
cross = ('0123456' + 'xyz') * 600
for pat in ('6xy', '56xyz0', 'z0', '0123456xyz0123'):
    r = cross.replace(pat, '<>')
    print(pat, len(r), r[:20], r[-20:], h(r))
tail = 'b' * 4093 + 'abaab'
print(tail.replace('a', '')[-6:], tail.replace('ab', 'Z')[-6:], tail.replace('aab', '')[-6:], tail.replace('b', '.', 4095)[-8:])
nomatch = 'q' * 6000 + 'a'
print(nomatch.replace('a', 'A')[-3:], nomatch.replace('qa', 'Q')[-3:], len(nomatch.replace('aq', '')))
