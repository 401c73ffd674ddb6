# binascii's quoted-printable and uu conversions: fixed cases and seeded random data, every option
import binascii
import random
import zlib

cases = [b'', b'a', b'a=b', b'tab\there \n', b'trailing \t', b'.\n', b'.', b'x.\n', b'.\r\n', b'\r\nabc\r\n',
         b'line\r\nnext\nlast', b'under_score and space', b'\x00\x7f\x80\xff', b'=' * 30,
         b'x' * 75 + b'\n', b'x' * 76 + b'\n', b'x' * 77, b'y' * 200, b'a' * 74 + b'=b', b'a ' * 50 + b'\n']
for c in cases:
    for qt in (False, True):
        for header in (False, True):
            for istext in (True, False):
                e = binascii.b2a_qp(c, quotetabs=qt, istext=istext, header=header)
                print(qt, header, istext, e, binascii.a2b_qp(e, header=header) == c)
for s in [b'=', b'=4', b'=41', b'=4g', b'==', b'=\r\nx', b'=\nx', b'a=\r', b'_x_', b'=ZZ', 'A=42C', b'=a1=B2']:
    print(s, binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))
random.seed(7)
acc = 0
for n in range(300):
    data = bytes(random.choice(b' \t\r\n=._aZ\x00\xff.') for _ in range(random.randrange(0, 300)))
    for qt in (False, True):
        for header in (False, True):
            for istext in (True, False):
                e = binascii.b2a_qp(data, quotetabs=qt, istext=istext, header=header)
                acc = zlib.crc32(e, acc)
                acc = zlib.crc32(binascii.a2b_qp(e, header=header), acc)
                acc = zlib.crc32(binascii.a2b_qp(data, header=header), acc)
print(acc)
for c in [b'', b'a', b'ab', b'abc', b'\x00\x00\x00', bytes(range(45))]:
    for bt in (False, True):
        e = binascii.b2a_uu(c, backtick=bt)
        print(e, binascii.a2b_uu(e) == c)
for s in [b'', b'\n', ' ', b'!!!', b'%aaaa', b'#aaa!!', b'\x7f', b'#86)C\n', b'#86)C  \r\n', b'#86)Cxx', b'#86)', '`']:
    try:
        print(s, binascii.a2b_uu(s))
    except binascii.Error as e:
        print(s, 'Error', e)
for f in [lambda: binascii.b2a_uu(b'x' * 46), lambda: binascii.b2a_qp('str'), lambda: binascii.a2b_qp('\xe9'),
          lambda: binascii.b2a_uu(b'x', True), lambda: binascii.a2b_uu(b'x', b'y'), lambda: binascii.a2b_qp(data=b'=41', header=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
