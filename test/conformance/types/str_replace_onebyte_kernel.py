# str.replace on long ASCII texts (tpy's WebAssembly byte loop): results that grow past the
# text's size, empty results, a pattern cut off by the end, counts past the matches, and
# str subclasses (the result is a plain str).
import hashlib

def h(s):
    return hashlib.md5(s.encode()).hexdigest()[:12]

class S(str):
    pass

a = 'a' * 5000
print(repr(a.replace('a', '')), len(a.replace('a', 'xy' * 25)), h(a.replace('a', 'xy' * 25)))
print(len(a.replace('aa', 'b', 2499)), a.replace('aa', 'b', 2499)[-4:], len(a.replace('aaa', '', -1)))
tail = 'xyz' * 2000 + 'ab'
print(tail.replace('abc', 'Q') == tail, tail.replace('b', 'BB')[-4:], tail.replace('zx', '', 10 ** 6)[:12])
print(len(tail.replace('y', '\t\n', 3)), tail.replace('y', '\t\n', 3)[:12].encode())
s = S('ab,' * 3000)
r = s.replace(',', ';')
print(type(r).__name__, len(r), r[:9], h(r))
print(type(S('x' * 5000).replace('y', 'z')).__name__)
big = 'a$b&' * 2000
print(big.replace('$', '$&$1')[:16], big.replace('&', "$'")[:12], h(big.replace('b', '\\1')))
for count in (0, 1, 3999, 4000, 4001, -2):
    r = big.replace('a', '', count)
    print(count, len(r), r[:8], r[-8:])
