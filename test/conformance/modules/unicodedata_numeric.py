# unicodedata: decimal, digit and numeric, with and without a default
import unicodedata

for ch in '07\u0663\u06f9\u0969\u00b2\u2460\u2468\u00bd\u2153\u215e\u216b\u4e00\u4e07\u5104\u0f33\u3405\U0001d7d9\U00010107a \u00bc':
    print(ascii(ch), unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None))

for fn, ch in [(unicodedata.decimal, '\u00b2'), (unicodedata.decimal, 'x'), (unicodedata.digit, '\u00bd'),
               (unicodedata.digit, 'x'), (unicodedata.numeric, 'x'), (unicodedata.numeric, '\u00e9')]:
    try:
        print(fn(ch))
    except ValueError as e:
        print(fn.__name__, type(e).__name__, e)
    print(fn(ch, 'dflt'), fn(ch, -1))

print(sum(unicodedata.numeric(chr(cp), 0) for cp in range(0x2150, 0x2190)))
print(sum(1 for cp in range(0x10000) if unicodedata.decimal(chr(cp), None) is not None))
print(sum(1 for cp in range(0x10000) if unicodedata.digit(chr(cp), None) is not None))
print(sum(1 for cp in range(0x10000) if unicodedata.numeric(chr(cp), None) is not None))

for fn in [unicodedata.decimal, unicodedata.digit, unicodedata.numeric]:
    for args in [('12',), (3,), (), ('1', 2, 3)]:
        try:
            fn(*args)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        fn('1', default=0)
    except TypeError as e:
        print(type(e).__name__, e)
