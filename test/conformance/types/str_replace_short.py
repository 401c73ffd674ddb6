# str.replace on short strs (tpy's slice loop): every count, patterns at both ends and
# overlapping, '$' patterns in the replacement, non-ASCII and astral text, str subclasses.
class S(str):
    pass

cases = ['a,b,,c,', ',,,', 'aaaa', 'x', '', 'é,€,\U0001F600,', S('p,q,r'), 'abcabcab', '$1,$&,$$']
for s in cases:
    for old, new in [(',', ';'), (',', ''), (',', '$&'), ('aa', 'b'), ('ab', "$'"), ('\U0001F600', ':)'), ('€', '$$'), (',,', ',')]:
        row = []
        for count in (-1, 0, 1, 2, 3, 10):
            r = s.replace(old, new, count)
            row.append(ascii(r))
        print(ascii(s), ascii(old), ascii(new), ' '.join(row))
print(type(S('a,b').replace(',', ';')).__name__, type(S('ab').replace('x', 'y')).__name__)
print('a,b'.replace(',', ';', -5), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2))
