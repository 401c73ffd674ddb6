# repr() escapes code points unassigned in Unicode 14.0 (CPython 3.11's), even where newer Unicode assigns them.
chars = ['\u2ffc', '\u0897', '\u0cf3', '\u1acf', '\U0001f6dc', '\U0001fae8', '\U00031350', '\u08a0', '\u2ffb', 'é', '\u00ad', '\u2028']
for ch in chars:
    print(repr(ch), ch.isprintable(), ascii(ch), repr(ch + 'x') == "'" + ('\\u%04x' % ord(ch) if ord(ch) < 0x10000 else '\\U%08x' % ord(ch)) + "x'")
print(repr('mixed \u2ffc and \u2ffb'), '%r' % '\u0897', '{!r}'.format('\u1acf'), str(['\u2ffc']), repr(('\u2ffc',)))
print(sum(1 for i in range(0x2e80, 0x3000) if repr(chr(i))[1:-1] == chr(i)), sum(1 for i in range(0x2e80, 0x3000) if chr(i).isprintable()))
