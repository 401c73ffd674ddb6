# The punycode codec (RFC 3492): round trips, and CPython's errors for bad input, which the
# codec registry wraps ("decoding with 'punycode' codec failed (UnicodeError: ...)").
import codecs

for s in ['bücher', 'abc', 'München-Ost', '\u4e2d\u6587', 'ü', '', 'a-b-ü', '\U0001f600x',
          'ليهمابتكلموشعربي؟', 'Pročprostěnemluvíčesky', 'なぜみんな日本語を話してくれないのか']:
    e = s.encode('punycode')
    print(repr(s), e, e.decode('punycode') == s)
for b in [b'abc-9zz', b'-', b'9', b'abc-!', b'a-b', b'bcher-kva', b'Bcher-KVA', b'\xff-abc', b'99999999999']:
    for errors in ['strict', 'replace']:
        try:
            print(b, errors, repr(b.decode('punycode', errors)))
        except UnicodeError as e:
            print(b, errors, type(e).__name__, e)
print(codecs.lookup('punycode').name, codecs.encode('mañana', 'punycode'), codecs.decode(b'maana-pta', 'punycode'))
