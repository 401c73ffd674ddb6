# Back-references with sre's rules: a group that did not take part makes the reference fail.
import re

def show(m):
    if m is None:
        return 'None'
    return '%r %r %r %r' % (m, m.groups(), m.lastindex, m.regs)

for p, s in [(r'(a)?b\1', 'b'), (r'(a)?b\1', 'aba'), (r'(a)|b\1', 'b'), (r'(?:(a)|b)\1', 'ba'),
             (r'(?:(a)|(b))\1\2', 'aa'), (r'(a)?(b)?\2', 'bb'), (r'(?P<q>["\'])?x(?P=q)', 'x'),
             (r'(?P<q>["\'])?x(?P=q)', '"x"'), (r'(a)(?:x|\1)', 'aa'), (r'(\w+)\s+\1', 'hello hello world')]:
    print(p, repr(s))
    print('  match', show(re.match(p, s)))
    print('  search', show(re.search(p, s)))
    print('  fullmatch', show(re.fullmatch(p, s)))

p = re.compile(r'(x)?y\1')
print(p.findall('y xyx yy xy'))
print([m.span() for m in p.finditer('y xyx yy xy')])
print(p.sub(r'[\g<0>|\1]', 'y xyx yy xy'))
print(p.subn(lambda m: m.group(0).upper(), 'y xyx yy xy'))
print(p.split('ayb xyx c'))
print(p.search('xyx xyx', 1), p.search('xyx xyx', 1, 6), p.match('xyxy', 3, 4))
print(p.fullmatch('yy', 1), p.fullmatch('zxyx', 1))

# Ignoring case: sre compares the lowercase forms of both sides.
for p, s in [(r'(?i)(a)\1', 'aA'), (r'(?i)(ß)\1', 'ßẞ'), (r'(?i)(k)\1', 'kK'), (r'(?i)(s)\1', 'sſ'),
             (r'(?i)(i)\1', 'iİ'), (r'(a)(?i:\1)', 'aA'), (r'(?i:(a))\1', 'Aa'), (r'(?i:(a))\1', 'AA'),
             (r'(?ia)(k)\1', 'kK'), (r'(?i)(é)\1', 'éÉ')]:
    print(p, repr(s), show(re.match(p, s)))
print(re.match(rb'(?i)(a)\1', b'aA'), re.match(rb'(?i)(\xe9)\1', b'\xe9\xc9'))
print(re.findall(r'(?i)\b(\w+) \1\b', 'Is is this the The end END'))
