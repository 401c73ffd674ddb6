# float.fromhex with exponents far out of range, bytes with non-ASCII bytes, the sign of -nan.
from math import copysign
for s in ['-0x1p-123456789123456789', '0x1p-123456789123456789', '0x.8p-1074', '0x1p-1075',
          '0x1.8p-1075', '0x1p+1023', '-nan', ' Infinity ']:
    v = float.fromhex(s)
    print(s, v, copysign(1.0, v))
for s in ['0x1p+123456789123456789', '0x1p+1024']:
    try:
        float.fromhex(s)
    except OverflowError as e:
        print(s, e)
for b in [b'123\xa0', b'\xa0123', '123\xa0', '\xa0123\u2003', b'1\x00', bytearray(b' 1.5 '), b'\xff']:
    try:
        print(repr(b), float(b))
    except ValueError as e:
        print(repr(b), e)
for s in ['-nan', 'nan', '-NaN', '+nan', ' -nan ']:
    print(s, copysign(1.0, float(s)), float(s))
