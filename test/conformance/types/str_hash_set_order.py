# str and bytes hash as CPython's SipHash-1-3 (PYTHONHASHSEED=0): so sets of strings iterate in CPython's order
for s in ['', 'a', 'key', 'treasure', 'héllo', '日本語', '😀 emoji', 'x' * 7, 'y' * 8, 'z' * 9, 'a much longer string than one block']:
    print(repr(s), hash(s), hash(s) == hash(s.encode('latin-1')) if max(s, default='a') < '\u0100' else '')
print(hash(b''), hash(b'abc'), hash(bytes(bytearray(b'abc'))), hash(memoryview(b'abc')))
print(hash(('a', 'b')), hash(frozenset(['x', 'y', 'z'])), hash(('key', 1, 2.5)))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print({'apple', 'banana', 'cherry', 'date'}, frozenset('hello world'))
a = {'red', 'green', 'blue', 'yellow'}
b = {'green', 'purple', 'blue', 'orange'}
print(a | b, a & b, a - b, a ^ b)
s = set('mississippi')
print(s, s.pop(), s)
print({('x', 1), ('y', 2), ('z', 3)}, {'café', 'naïve', 'résumé'})
print(list({'one': 1, 'two': 2}.keys() | {'three'}))
class Name:
    def __init__(self, s): self.s = s
    def __hash__(self): return hash(self.s)
    def __eq__(self, other): return self.s == (other.s if isinstance(other, Name) else other)
print(Name('alpha') in {'alpha': 1}, Name('beta') in {'alpha', 'beta'}, hash(Name('alpha')) == hash('alpha'))
