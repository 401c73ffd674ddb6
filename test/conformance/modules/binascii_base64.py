# binascii.b2a_base64/a2b_base64: newline=, strict_mode=, padding rules and their errors
import binascii


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for data in [b'', b'a', b'ab', b'abc', b'abcd', b'\xfb\xff\xfe', b'x' * 60]:
    print(data[:8], binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))
    print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
show('str', lambda: binascii.b2a_base64('abc'))
show('int', lambda: binascii.b2a_base64(1))
show('newline positional', lambda: binascii.b2a_base64(b'abc', False))
show('data keyword', lambda: binascii.b2a_base64(data=b'a'))
show('newline 2', lambda: binascii.b2a_base64(b'a', newline=2))
show('newline list', lambda: binascii.b2a_base64(b'a', newline=[]))

cases = [b'YWJj', b'YWJj\n', 'YWJj', bytearray(b'YQ=='), b'YW Jj', b'YWJ', b'YW', b'Y', b'YQ==', b'YQ=', b'YQ===',
         b'YQ==YQ==', b'Y===', b'YWJjZ', b'=YWJj', b'YW=Jj', b'YWJj=', b'YWJj==', b'Y=Q=', b'=', b'==', b'\nYWJj',
         b'Y Q = =', b'YQ= =', b'YWJjYQ=', b'YWJjYQ==YQ', b'Y=', b'YWI=Y', b'YR==', b'YWI=', b'YWJ=', b'', b'YQ=a',
         b'YQ==\n', b'!!!!']
for data in cases:
    show('%r' % (data,), lambda: binascii.a2b_base64(data))
    show('%r strict' % (data,), lambda: binascii.a2b_base64(data, strict_mode=True))
show('non-ascii', lambda: binascii.a2b_base64('é'))
show('int', lambda: binascii.a2b_base64(1))
show('strict 1', lambda: binascii.a2b_base64(b'YQ==', strict_mode=1))
show('strict list', lambda: binascii.a2b_base64(b'YQ==', strict_mode=[]))
show('no args', lambda: binascii.a2b_base64())
show('two args', lambda: binascii.a2b_base64(b'', b''))
show('keyword', lambda: binascii.a2b_base64(data=b'YQ=='))
