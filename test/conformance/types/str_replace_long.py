# str.replace on texts long enough for tpy's byte copy (ASCII, 4096 characters and more):
# every count, patterns that grow and shrink the text, overlapping candidates, no match,
# and texts with non-ASCII characters, which take the other way.
text = ' '.join(['alpha', 'beta', 'gamma', 'PSI', 'omega'] * 3000)
print(len(text))
for old, new in [('a', ''), ('ga', 'GAGA'), ('a', '-'), ('PSI', 'psi'), (' ', ''), ('q', 'z'), ('omega', 'OMEGA!')]:
    for count in (-1, 0, 1, 2, 100, 500, 10 ** 9):
        r = text.replace(old, new, count)
        print(repr(old), repr(new), count, len(r), r[:24], r[-24:], r.count(new) if new else r.count(old))
aaa = 'a' * 5001
print(len(aaa.replace('aa', 'b')), aaa.replace('aa', 'b')[-3:], len(aaa.replace('aaa', 'xyzw', 7)))
print(text.replace('zzz', 'y') == text, text.replace('alpha beta', 'x')[:20])
edge = 'ab' * 3000 + 'a'
print(edge.replace('a', 'xx')[-5:], edge.replace('ba', '')[:6], len(edge.replace('b', '')))
accented = 'é' + text
print(len(accented.replace('a', '')), accented.replace('a', '')[:8])
print(len(text.replace('a', 'é')), text.replace('a', 'é')[:8])
