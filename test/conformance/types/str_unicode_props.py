# str predicates and case mappings on non-ASCII characters, as Unicode 14.0 (CPython 3.11) has them
chars = ('\u00e9\u00c9\u00df\u0131\u0130\u01c4\u01c5\u01c6\u0149\u03a3\u03c2\u1e9e\u13a0\uab70\u10d0\u1c90\u1f80'
         '\u1f88\ufb01\u0660\u00b2\u00bd\u2167\u2460\u4e00\u4e07\u3405\u0f33\u0295\u10fc\u200c\u30fb\uff65\uff21'
         '\u0378\U0001fae8\ua7cb\ua7c0\U00010d50\u0345\u2126\u212a\u00aa\u02b0')
for ch in chars:
    flags = [ch.isdigit(), ch.isdecimal(), ch.isnumeric(), ch.isalpha(), ch.isalnum(), ch.isprintable(),
             ch.isupper(), ch.islower(), ch.istitle(), ch.isidentifier(), ('a' + ch).isidentifier()]
    print(ascii(ch), ''.join('1' if f else '0' for f in flags), ascii(ch.upper()), ascii(ch.lower()),
          ascii(ch.casefold()), ascii(ch.title()), ascii(ch.swapcase()), ascii(ch.capitalize()))

words = ['stra\u00dfe', '\u0130stanbul', '\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3', '\ufb01sh \u01c6ungla',
         '\u10d0\u10d1\u10d2 \u13a0\u13a1', 'caf\u00c9 \u0149ew', '\u1f80\u1f81 \u1f88', 'x\ua7cb\U00010d50y']
for w in words:
    print(ascii(w.upper()), ascii(w.lower()), ascii(w.casefold()), ascii(w.title()), ascii(w.swapcase()),
          ascii(w.capitalize()), w.isupper(), w.islower(), w.istitle())
print(sum(1 for cp in range(0x10000) if chr(cp).isnumeric()), sum(1 for cp in range(0x10000) if chr(cp).isdigit()))
print(sum(1 for cp in range(0x10000) if chr(cp).isalpha()), sum(1 for cp in range(0x10000) if chr(cp).isprintable()))
print(sum(1 for cp in range(0x10000) if chr(cp).casefold() != chr(cp).lower()))
