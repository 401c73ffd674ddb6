# pickle.dumps of None, bools, ints of every size, floats, str, bytes, bytearray in
# protocols 0-5: CPython's exact bytes, and loads gives the value back.
import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2 ** 31 - 1, 2 ** 31,
          -2 ** 31, -2 ** 31 - 1, 2 ** 63, -2 ** 63, 2 ** 64, 10 ** 30, -10 ** 30, 2 ** 2100,
          0.0, -0.5, 1e300, 1.1, float('inf'), float('-inf'), '', 'a', 'h\xe9llo',
          '\u20ac\U0001f600', 'back\\slash\nline\r\x00\x1a', 'x' * 300, b'', b'abc',
          b'\x00\xff' * 200, bytearray(), bytearray(b'xy'), ..., NotImplemented]
for proto in range(6):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v and type(back) is type(v)
        if len(data) > 60:
            print(proto, len(data), data[:30], data[-20:], same)
        else:
            print(proto, data, same)
nan = pickle.loads(pickle.dumps(float('nan')))
print(nan != nan, pickle.dumps(float('nan'), 0))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.format_version)
print(pickle.dumps(7) == pickle.dumps(7, 4), pickle.dumps(7, -1) == pickle.dumps(7, 5))
print(pickle.encode_long(255), pickle.encode_long(-128), pickle.encode_long(0), pickle.decode_long(b'\xff\x00'))
