# A lone high surrogate is one character: len, indexing, slicing and padding count it once.
s = 'a\ud800b\udbffc'
print(len(s), len('\ud800'), len('\udbff'), len('\ud800' * 3), len('x\ud800'), len('\ud800x'))
print(ascii(s[1]), ascii(s[2]), ascii(s[3]), ascii(s[-1]), ascii(s[-2]), ascii(s[1:4]), ascii(s[::-1]), ascii(s[::2]))
print([ascii(c) for c in s], s.find('b'), s.index('c'), s.count('\ud800'), s.rfind('\udbff'))
print(ascii(s.center(9, '*')), ascii(s.zfill(7)), ascii('%5s|' % '\ud800'), ascii(f'{s:>8}'), ascii(s.split('b')))
print(ord('\ud800'), ascii(chr(0xd800)), len(chr(0xdbff)), ascii(''.join(reversed('x\udbff'))), len(str(['\ud800'])))
print(len('\U0001f600'), len('\ud83dx\ude00'), len('\ude00\ud83d'))
