# codecs module errors: unknown encodings, wrong argument types, and the wrapped codec failures
import codecs


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        cause = e.__cause__
        print(label, type(e).__name__, e, '| cause:', type(cause).__name__, cause, e.__suppress_context__)


show('unknown encode', lambda: codecs.encode('abc', 'nope'))
show('unknown decode', lambda: codecs.decode(b'abc', 'nope'))
show('unknown lookup', lambda: codecs.lookup('utf-9'))
show('lookup int', lambda: codecs.lookup(1))
show('encoding int', lambda: codecs.encode('x', 1))
show('errors int', lambda: codecs.encode('x', 'utf-8', 1))
show('encode bytes', lambda: codecs.encode(b'abc', 'utf-8'))
show('encode int', lambda: codecs.encode(1))
show('encode utf-16 bytes', lambda: codecs.encode(b'x', 'utf-16'))
show('decode str', lambda: codecs.decode('abc', 'utf-8'))
show('strict', lambda: codecs.encode('\xe9', 'ascii'))
show('strict decode', lambda: codecs.decode(b'\xff', 'utf-8'))
show('handler unknown', lambda: codecs.decode(b'\xff', 'utf-8', 'nope'))
show('rot13 bytes', lambda: codecs.encode(b'abc', 'rot13'))
show('hex str', lambda: codecs.encode('abc', 'hex'))
show('hex odd', lambda: codecs.decode(b'61626', 'hex'))
show('hex digit', lambda: codecs.decode(b'6x', 'hex'))
show('hex errors', lambda: codecs.encode(b'abc', 'hex', 'ignore'))
show('base64 str', lambda: codecs.decode('YWJj', 'base64'))
show('base64 padding', lambda: codecs.decode(b'YWJ', 'base64'))
show('not text', lambda: 'abc'.encode('hex'))
show('direct call', lambda: codecs.lookup('utf-8').encode(b'x'))
