# `x in bytes` / `x in bytearray`: an integer (or __index__) is a byte, anything else must be bytes-like.
for x in (1.5, None, 'a', [1], 97, True, 300, -1):
    for b in (b'abc', bytearray(b'abc')):
        try:
            print(repr(x), type(b).__name__, x in b)
        except Exception as e:
            print(repr(x), type(b).__name__, type(e).__name__, e)
class I:
    def __index__(self):
        return 98
print(I() in b'abc')
