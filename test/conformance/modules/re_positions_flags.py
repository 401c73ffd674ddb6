# re: pos/endpos with anchors, lastgroup, expand, callable repl, flags in repr, lookarounds, escapes.
import re
p = re.compile(r'^a|b$|\Ab|c\Z')
for s, pos, end in [('ab', 1, 2), ('xab', 1, 2), ('ac', 0, 2), ('bcd', 0, 2), ('abc', 1, 3)]:
    print([m.span() for m in p.finditer(s, pos, end)], p.search(s, pos, end), p.match(s, pos, end), p.fullmatch(s, pos, end))
print(re.compile('a+').fullmatch('aaab', 0, 3), re.compile('a').search('a', 5), re.compile('a').search('ba', -3, 100))
print(re.compile(r'\d+').findall('12 345 6', 2), re.compile(r'\d').split('a1b2c3', 2), re.compile('(?i)straße').search('STRASSE'), re.search('(?i)é', 'É'))
print(re.search(r'(?P<a>x)(?P<b>y)?', 'x').lastgroup, re.search(r'(x)', 'x').lastgroup, re.search('x', 'x').lastindex)
m = re.search(r'(\w+)\s(\w+)', 'hello world'); print(m.expand(r'\2-\1-\g<0>'), m.group(2, 1), m.start(), m.end(), m.span(1))
print(re.sub(r'(?P<x>\d)', lambda m: str(int(m['x']) * 2), 'a1b9'), re.sub('a', r'\\n', 'bab'), re.sub('a', '\\&', 'a'))
print(repr(re.compile('a', re.S | re.X | re.A)), repr(re.compile(b'a', re.I)), re.compile('a', re.A).flags, re.compile(b'a').flags)
print(re.findall(r'[\s\S]', 'a\nb'), re.findall(r'[^\s]+', 'a b\tc'), re.findall(r'\D+', 'ab12cd'), re.findall(r'\W', 'a-b c'))
print(re.split(r'(\s)', 'a b'), re.split(r'x', 'axbxc', flags=re.I), re.fullmatch(r'[a-c]+', 'abcabc').group())
print(re.search(r'(?<=a)b', 'ab'), re.search(r'(?<!a)b', 'ab'), re.search(r'a(?=b)', 'ab'), re.search(r'a(?!b)', 'ab'))
print(re.escape('\\^$.|?*+()[]{}-#&~ \t\n'), re.escape(b'a.b'))
print(re.search(r'\x00\t', 'a\x00\t'), re.search('[\u00e0-\u00ff]+', 'abcàéz'), re.search(r'\u00e9', 'é'), re.search(r'\U0001F600', '😀').span())
