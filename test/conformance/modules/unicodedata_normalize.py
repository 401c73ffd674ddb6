# unicodedata: normalize and is_normalized in the four forms, and their errors
import unicodedata

samples = ['caf\u00e9', 'cafe\u0301', '\ufb01', '\u2460', '\u1e9b\u0323', '\uac00', '\u1100\u1161', 'A\u030a', '\u212b',
           '\u00bd', 'x\u0327\u0301', '\u0301a', '', 'plain ascii', '\U0001d400', '\u0958']
for s in samples:
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        r = unicodedata.normalize(form, s)
        print(form, ascii(s), ascii(r), len(r), unicodedata.is_normalized(form, s), unicodedata.is_normalized(form, r))

class S(str):
    pass

s = S('abc')
print(type(unicodedata.normalize('NFC', s)).__name__, unicodedata.normalize('NFC', s) is s)
print(type(unicodedata.normalize('NFD', S('\u00e9'))).__name__)

for args in [('NFX', 'a'), ('nfc', 'a'), (1, 'a'), ('NFC', 1), ('NFC',), ('NFC', b'a')]:
    for fn in [unicodedata.normalize, unicodedata.is_normalized]:
        try:
            fn(*args)
        except (TypeError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
try:
    unicodedata.normalize('NFC', s='a')
except TypeError as e:
    print(type(e).__name__, e)
