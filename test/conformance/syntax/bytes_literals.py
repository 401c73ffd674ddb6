# bytes literals and their reprs
b = b'abc'
print(b, type(b).__name__, len(b))
print(b"double", b'it\'s', b"say \"x\"")
print(b'\x00\x01\xff', b'\t\n\r')
print(rb'\n', len(rb'\n'), Rb'\x00', bR'x')
print(b'a' b'b' b'c')
print(b'\x41\x42', b'\101')
print(b"it's", b'say "x"', b'both \' and "')
print(b'' == b'', len(b''))
print(b'abc'[0], b'abc'[-1], b'abc'[1:])
print(b'\x7f\x80', b'~')
print(list(b'AZaz09'))
print(b'abc' == 'abc', b'abc' == b'abc')
