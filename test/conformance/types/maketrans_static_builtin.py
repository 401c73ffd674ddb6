# str/bytes/bytearray.maketrans: static built-in methods named after their type, with no __self__
import inspect
for f in (str.maketrans, bytes.maketrans, bytearray.maketrans, 'x'.maketrans, b'x'.maketrans):
    print(repr(f).split(' at 0x')[0], f.__qualname__, f.__self__, f.__module__, f.__name__)
    try:
        print(inspect.signature(f))
    except ValueError as e:
        print('ValueError', str(e).split(' at 0x')[0])
print(str.maketrans('a', 'b'), bytes.maketrans(b'a', b'b')[97])
print(type(vars(str)['maketrans']).__name__, vars(str)['maketrans'].__func__.__qualname__)
