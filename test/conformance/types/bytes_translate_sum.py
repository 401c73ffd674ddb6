# bytes.translate with a delete set, and sum() over bytes/bytearray (exact types, subclasses, starts).
x = bytes(range(256))
print(x.translate(None, b'abc')[95:100], x.translate(bytes(reversed(range(256))))[:4], x.translate(None)[:3], bytearray(b'hello').translate(None, b'l'), b'aaa'.translate(None, b''), b''.translate(None, b'a'))
class B(bytes): pass
print(type(B(b'xy').translate(None, b'x')), sum(b'\x01\x02', 5), sum(bytearray(b'\xff' * 3)), sum(b'', 2.5), sum(b'ab', True))
print(sum(B(b'ab')), sum(b'\x01', 2**60))
try: sum(b'a', 'x')
except TypeError as e: print(e)
