# unicodedata.ucd_3_2_0: the Unicode 3.2 database (what changed since)
import unicodedata
u = unicodedata.ucd_3_2_0
print(repr(u).split(" at ")[0], type(u), type(u) is unicodedata.UCD, u.unidata_version, unicodedata.unidata_version)
try:
    unicodedata.UCD()
except TypeError as e:
    print('TypeError', e)
for ch in ['A', '\u0221', '\u0234', '\u03f6', '\u20ac', '\u20b9', '\u1e9e', '\ua7f1', '\U0001f600', '\u4e00',
           '\u9fa5', '\u9fa6', '\u0660', '\u00bd', '\u2160', '\u0301', '\u05d0', '\u0627', '\ufb1d', '\uf951', '\U0002f868']:
    print(ascii(ch), u.category(ch), u.bidirectional(ch), u.combining(ch), u.mirrored(ch), u.east_asian_width(ch),
          repr(u.decomposition(ch)), u.name(ch, '-'), u.decimal(ch, '-'), u.digit(ch, '-'), u.numeric(ch, '-'),
          '|', unicodedata.category(ch), unicodedata.name(ch, '-'))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['e\u0301', '\u00e9', 'ﬁ', '\u2160\u2161', '\uf951', '\u0221\u0301', 'a\u0328\u0301', '\u1e9b\u0323', '한글', 'Ⓐ']:
        print(form, ascii(s), ascii(u.normalize(form, s)), ascii(unicodedata.normalize(form, s)), u.is_normalized(form, s))
for bad in [lambda: u.name('\u0221'), lambda: u.decimal('x'), lambda: u.numeric('\u0221'), lambda: u.lookup('LATIN SMALL LETTER D WITH CURL'),
            lambda: u.normalize('NFX', 'a'), lambda: u.category('ab')]:
    try:
        print(bad())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(u.lookup('LATIN SMALL LETTER A'), unicodedata.lookup('LATIN SMALL LETTER D WITH CURL'))
print(sum(1 for cp in range(0x3000) if u.category(chr(cp)) == 'Cn'), sum(1 for cp in range(0x3000) if unicodedata.category(chr(cp)) == 'Cn'))
