# marshal: malformed data, bad arguments, unmarshallable objects, dump/load on binary files.
import marshal
for b in [b'(\x01\x00\x00\x000', b')\x010', b'[\x01\x00\x00\x000', b'{N0', b'<\x01\x00\x00\x000', b'>\x01\x00\x00\x000', b'>\x00\x00\x00\x00', b'(\x00\x00\x00\x00', b'i\x01\x00\x00\x00extra', b'\xe9\x01\x00\x00\x00r\x00\x00\x00\x00', b'l\xff\xff\xff\xff\x01\x00', b'l\x00\x00\x00\x00', b's\xff\xff\xff\xff', b'u\x02\x00\x00\x00\xff\xfe', b'a\x02\x00\x00\x00\xe9a', b'I'+bytes(8), b'I\xff\xff\xff\xff\xff\xff\xff\xff', b'f\x03inf', b'f\x03abc', b'', b'i\x01', b'Q', b'r\x05\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x80', b'l\x01\x00\x00\x00\x00\x00', b'<\x01\x00\x00\x00[\x00\x00\x00\x00', b'0', b'S', b'.']:
    try: print(b, repr(marshal.loads(b)))
    except Exception as e: print(b, type(e).__name__, e)
for f in [lambda: marshal.dumps(), lambda: marshal.dumps(1,2,3), lambda: marshal.dumps(object()), lambda: marshal.dumps(1, 'x'), lambda: marshal.loads('abc'), lambda: marshal.loads(), lambda: marshal.dump(1), lambda: marshal.load(1), lambda: marshal.dumps([object()]), lambda: marshal.dumps(1,x=1), lambda: marshal.loads(bytearray(b'N'))]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class S(str): pass
try: marshal.dumps(S('a'))
except ValueError as e: print('sub', e)
with open('_marshal_tmp.bin', 'wb') as f:
    marshal.dump({'k': [1, 2]}, f)
    marshal.dump('second', f)
with open('_marshal_tmp.bin', 'rb') as f:
    print(marshal.load(f), marshal.load(f))
    try: marshal.load(f)
    except EOFError as e: print('EOF', e)
print(marshal.version)
import os
os.remove('_marshal_tmp.bin')
