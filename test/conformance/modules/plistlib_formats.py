# plistlib: XML and binary dumps byte for byte, loads of both, sort_keys/skipkeys, UID, errors
import datetime
import io
import plistlib

value = {
    'name': 'tpy & <co>', 'count': 42, 'neg': -7, 'big': 2**63 + 5, 'ratio': 0.1, 'inf': float('inf'),
    'yes': True, 'no': False, 'blob': bytes(range(100)), 'empty': b'', 'ba': bytearray(b'xyz'),
    'when': datetime.datetime(2024, 2, 29, 13, 45, 6), 'list': [1, 'two', 3.0, [], {}, (4, 5)],
    'nested': {'deep': {'deeper': [b'\x00' * 70]}}, 'unicode': 'caf\xe9 \u20ac \U0001f600', 'crlf': 'a\r\nb\rc',
    'b': 'same', 'a': 'same', 'long': 'x' * 300, 'shared': [1, 1, 'same', 'same'],
}
xml = plistlib.dumps(value)
print(xml.decode())
print(plistlib.loads(xml) == {k: (list(v) if isinstance(v, tuple) else v) for k, v in value.items()} or plistlib.loads(xml))
binary = plistlib.dumps(value, fmt=plistlib.FMT_BINARY)
print(binary)
back = plistlib.loads(binary)
print(back['list'], back['when'], back['big'], back['unicode'], back['ba'], type(back['ba']).__name__)
print(plistlib.dumps({'b': 1, 'a': 2}, sort_keys=False).decode())
print(plistlib.dumps({'b': 1, 'a': 2}, sort_keys=False, fmt=plistlib.FMT_BINARY))
print(plistlib.dumps({1: 'x', 'k': 'v'}, skipkeys=True, sort_keys=False).decode())
print(plistlib.dumps({1: 'x', 'k': 'v'}, skipkeys=True, sort_keys=False, fmt=plistlib.FMT_BINARY))
print(plistlib.dumps({'u': plistlib.UID(5), 'v': [plistlib.UID(300), plistlib.UID(70000), plistlib.UID(2**40)]}, fmt=plistlib.FMT_BINARY))
print(plistlib.loads(plistlib.dumps([plistlib.UID(1), None], fmt=plistlib.FMT_BINARY)))
print(plistlib.dumps(list(range(20)), fmt=plistlib.FMT_BINARY))
print(plistlib.dumps('s' * 20 + '\xe9', fmt=plistlib.FMT_BINARY))
print(plistlib.dumps([-1, -2**63, 255, 256, 65536, 2**32, 2**64 - 1, 1.5], fmt=plistlib.FMT_BINARY))
print(plistlib.dumps(b'q' * 300, fmt=plistlib.FMT_BINARY)[:16])
big = list(range(300))
print(plistlib.loads(plistlib.dumps(big, fmt=plistlib.FMT_BINARY)) == big)
print(plistlib.loads(b'<plist><dict><key>a</key><integer>0x1F</integer><key>d</key><date>2020-05-06Z</date><key>e</key><date>2020-05-06T07:08Z</date></dict></plist>'))
print(plistlib.loads(b'\xef\xbb\xbf<?xml version="1.0"?><plist><array><real>1e3</real><data>aGk=</data></array></plist>'))
print(plistlib.UID(3), plistlib.UID(3) == plistlib.UID(3), plistlib.UID(3) == 3, hash(plistlib.UID(3)) == hash(3), int(plistlib.UID(9).__index__()))
print(plistlib.FMT_XML, plistlib.FMT_BINARY, plistlib.PlistFormat.FMT_XML.value, plistlib.__all__)
f = io.BytesIO()
plistlib.dump([1, 2], f, fmt=plistlib.FMT_BINARY)
f.seek(0)
print(plistlib.load(f), plistlib.load(io.BytesIO(xml), fmt=plistlib.FMT_XML)['count'])
print(type(plistlib.loads(xml, dict_type=dict)).__name__)
import collections
print(plistlib.loads(binary, dict_type=collections.OrderedDict)['nested'])
for call in [lambda: plistlib.dumps({1: 2}), lambda: plistlib.dumps(None), lambda: plistlib.dumps(2**64),
             lambda: plistlib.dumps(-2**63 - 1, fmt=plistlib.FMT_BINARY), lambda: plistlib.dumps('a\x01b'),
             lambda: plistlib.dumps(plistlib.UID(1)), lambda: plistlib.dumps({1}, fmt=plistlib.FMT_BINARY),
             lambda: plistlib.loads(b'garbage'), lambda: plistlib.loads(b'bplist00xxxx'),
             lambda: plistlib.loads('<plist/>'), lambda: plistlib.dumps(1, fmt='x'),
             lambda: plistlib.UID(-1), lambda: plistlib.UID(2**64), lambda: plistlib.UID('a'),
             lambda: plistlib.loads(b'<plist><dict><key>a</key></dict></plist>'),
             lambda: plistlib.loads(b'<plist><array><key>a</key></array></plist>'),
             lambda: plistlib.loads(b'<plist><dict><string>a</string></dict></plist>'),
             lambda: plistlib.loads(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "v">]><plist/>'),
             lambda: plistlib.loads(b'<plist><integer>zz</integer></plist>')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
