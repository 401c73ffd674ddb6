# codecs.register: search functions asked (with the normalised name) after tpy's own codecs; results
# cached until unregister; str.encode/bytes.decode/codecs.encode run the registered codec as CPython does.
import codecs
seen = []
def search(name):
    seen.append(name)
    if name.startswith('my'):
        text = name != 'mybin'
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode() if isinstance(s, str) else bytes(s), len(s)), lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name=name, _is_text_encoding=text)
    if name == 'bad4': return (1, 2, 3)
    if name == 'tup4': return (lambda s, e='strict': (b'T', 1), lambda b, e='strict': ('t', 1), None, None)
    if name == 'badenc': return codecs.CodecInfo(lambda s, errors='strict': 5, lambda b, errors='strict': ('x', 1, 2))
    if name == 'strenc': return codecs.CodecInfo(lambda s, errors='strict': ('s', 1), lambda b, errors='strict': (b'b', 1))
    if name == 'raise': return codecs.CodecInfo(lambda s, errors='strict': 1/0, lambda b, errors='strict': int('q'))
    return None
codecs.register(search)
print(codecs.lookup('My Codec-X.Y').name, seen)
print(codecs.lookup('my codec-x.y') is codecs.lookup('My Codec-X.Y'))
print('abc'.encode('mycodec'), b'XYZ'.decode('mycodec'), str(b'QQ', 'mycodec'))
print(codecs.encode('q', 'mycodec'), codecs.decode(b'Q', 'mycodec'))
for stmt in ["'a'.encode('mybin')", "b'a'.decode('mybin')", "codecs.encode(b'a', 'mybin')", "codecs.lookup('bad4')", "codecs.lookup('tup4')", "'a'.encode('tup4')",
             "'a'.encode('badenc')", "b'a'.decode('badenc')", "codecs.encode('a', 'badenc')", "'a'.encode('strenc')", "b'a'.decode('strenc')",
             "'a'.encode('raise')", "b'a'.decode('raise')", "codecs.encode('a', 'raise')", "codecs.lookup('nope')", "codecs.register(1)", "codecs.unregister(len)", "'x'.encode('utf-8')",
             "codecs.getencoder('mycodec')('hi')", "codecs.lookup('UTF-8').name"]:
    try: print(stmt, '->', repr(eval(stmt)).split(' at 0x')[0])
    except Exception as e: print(stmt, '!!', type(e).__name__, e, repr(e.__cause__))
codecs.unregister(search)
try: codecs.lookup('mycodec')
except LookupError as e: print(e)
print(seen)
