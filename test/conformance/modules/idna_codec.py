# the idna codec: nameprep, xn-- labels, errors
import codecs
for name in ['bücher.example', 'BÜCHER.Example.', 'münchen.de', 'ÄÖÜ.test', 'straße.de', 'παράδειγμα.δοκιμή',
             '例え.テスト', 'пример.рф', 'ascii.only.com', 'a\u3002b\uff0ec', 'Ⅸ.com', 'ﬁle.org', 'x\u00adyz.com',
             'مثال.إختبار', 'עברית.example']:
    enc = name.encode('idna')
    print(repr(name), enc, repr(enc.decode('idna')))
for raw in [b'xn--bcher-kva.example', b'XN--BCHER-KVA.EXAMPLE', b'xn--mnchen-3ya.de.', b'plain.org', b'',
            bytearray(b'xn--ls8h.la')]:
    print(raw, repr(raw.decode('idna')), repr(codecs.decode(raw, 'idna')))
print(codecs.encode('bücher', 'idna'), codecs.lookup('idna').name)
print(str(b'xn--bcher-kva', 'idna'), bytes('bücher', 'idna'))
for bad in ['a..b', '', 'x' * 64 + '.com', 'xn--abc-ü.com', '\u0627a.com', 'a\u0627.com', 'bad\u0000.com',
            'ü' * 60 + '.com', 'a' * 64, '\ue000.com']:
    try:
        print(repr(bad.encode('idna')))
    except UnicodeError as e:
        print(type(e).__name__, e)
for bad in [b'xn--a.com', b'xn--bcher-kva.a..b', b'\xff.com', b'xn--zca.com']:
    try:
        print(repr(bad.decode('idna')))
    except UnicodeError as e:
        print(type(e).__name__, e)
try:
    'ü'.encode('idna', 'ignore')
except UnicodeError as e:
    print(type(e).__name__, e)
import encodings.idna as idna
print(idna.ToASCII('Bücher'), idna.ToUnicode(b'xn--bcher-kva'), idna.ToUnicode('xn--bcher-kva'), idna.nameprep('ǅ Ⅸ'))
print(idna.Codec().encode('bücher.de'), idna.Codec().decode(b'xn--bcher-kva.de'))
