# unicodedata: name and lookup (stored names, aliases, named sequences, Hangul and CJK names), \N{...}
import unicodedata

for ch in 'a~\u00e9\u03a9\u0416\u05d0\u20ac\u2603\u4e00\u9fff\uac00\uac01\ud7a3\uf900\ufb01\U0001f600\U0001f1e6\U00020000\U0001b170\U00018b00\U000e0100':
    print(ascii(ch), unicodedata.name(ch))
for ch in '\x00\n\x7f\u0378\ue000\U00017000\U000f0000':
    print(ascii(ch), unicodedata.name(ch, None), unicodedata.name(ch, 'none'))
    try:
        unicodedata.name(ch)
    except ValueError as e:
        print(type(e).__name__, e)

for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'Greek Capital Letter Omega', 'SNOWMAN', 'EURO SIGN',
             'BOM', 'NUL', 'LATIN CAPITAL LETTER GHA', 'LINE FEED', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GGAGG',
             'HANGUL SYLLABLE HIH', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-20000',
             'CJK UNIFIED IDEOGRAPH-04E00', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900',
             'LATIN SMALL LETTER R WITH TILDE', 'KEYCAP NUMBER SIGN', 'FACE WITH TEARS OF JOY', 'NUSHU CHARACTER-1B170',
             'VARIATION SELECTOR-17']:
    print(name, ascii(unicodedata.lookup(name)))
print(ascii(unicodedata.lookup(b'SNOWMAN')))

for name in ['', 'x', 'LATIN SMALL LETTER A ', 'LATIN  SMALL LETTER A', 'hangul syllable ga', 'HANGUL SYLLABLE GAGX',
             'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-A000', 'CJK UNIFIED IDEOGRAPH-004E00',
             'TANGUT IDEOGRAPH-17000', 'LAT\u0130N SMALL LETTER A', 'A' * 256, 'A' * 257, b'NO SUCH']:
    try:
        unicodedata.lookup(name)
    except KeyError as e:
        print(type(e).__name__, e)
for arg in [1, None, bytearray(b'BOM')]:
    try:
        unicodedata.lookup(arg)
    except TypeError as e:
        print(type(e).__name__, e)

# Every name in a range goes back to its character.
ok = 0
for cp in list(range(0x20, 0x3000)) + list(range(0xac00, 0xac40)) + list(range(0x1f300, 0x1f400)):
    n = unicodedata.name(chr(cp), None)
    if n is not None and unicodedata.lookup(n) == chr(cp):
        ok += 1
print(ok)

print('\N{BULLET} \N{greek small letter alpha} \N{EM DASH}' == '\u2022 \u03b1 \u2014')
print(ascii(f'{1 + 1}\N{DEGREE SIGN}'), ascii('\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}'))
for src in [r'"\N{NO SUCH NAME}"', r'"\N{}"', r'"\N"', r'"\N{LATIN SMALL LETTER R WITH TILDE}"']:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

import re
print(re.findall(r'\N{DIGIT ONE}+', 'a11b1'), re.findall(r'[\N{DIGIT ONE}-\N{DIGIT THREE}]', '1234'),
      re.findall(r'\N{latin small letter a}\N{BOM}', 'a\ufeff'), re.findall(r'\N{ASTERISK}', '*+'))
for p in [r'\N{NO SUCH}', r'\N{', r'\N', r'\N{}', r'\N{ABC', r'a\N{DIGIT ONE', r'\N{KEYCAP NUMBER SIGN}']:
    try:
        re.compile(p)
    except re.error as e:
        print(type(e).__name__, e)

# The namereplace error handler writes \N{name}, or an escape for a character without one.
print('a\u00e9\u4e00\uac00\x80\U0001f600\u0378\ud800'.encode('ascii', 'namereplace'))
print('\u00e9\u20ac'.encode('latin-1', 'namereplace'))
