# format() of a Decimal: libmpdec refuses a zero-padding flag after an explicit alignment and a
# width starting with 0; CPython strips the 'z' option first, so a sign may follow it.
from decimal import Decimal as D
for v in ['1.5', '-0.01']:
    for s in ['007', '00', '0', '07', '<07', '0<7', '=07', '+07', '+007', ' 0', '#07', '07,', '0,7', ',07', 'z07', 'z<07', '0z7', '.07', '7.07', '07.2f', '*<0', 'x=0.2f','010', '0=10', 'z7', 'z<7', 'zz', 'z', '+z7', 'z+7', 'a<z7', 'z>7', 'x<z', 'z^9', ' z7', '<z7', '-z.1f','-0z.1f', 'z=+9', 'z-7', '+z+7', 'z 7', '*<z+8.1f', '*<+z8.1f', 'z+08.1f', '+z08.1f', 'z+', '+', 'z0', 'z010.2f']:
        try: print(v, repr(s), repr(format(D(v), s)))
        except Exception as e: print(v, repr(s), e)
