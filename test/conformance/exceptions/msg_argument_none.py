# Argument-checking messages name None itself ("must be str, not None"), other values by type.
import sys, heapq, time, unicodedata, array, types
tests = ["'a'.removeprefix(None)", "'a'.removesuffix(1)", "'a'.replace(None, 'b')", "'a'.replace('a', None)", "'a'.encode(None)",
         "'a'.encode('utf-8', None)", "b'a'.decode(None)", "b'a'.decode('utf-8', 2)", "format(1, None)", "format(1, 2)",
         "'x'.__format__(None)", "(1).__format__(None)", "(1.5).__format__(None)", "(1j).__format__(None)",
         "object().__format__(None)", "float.fromhex(None)", "float.fromhex(5)", "bytes.fromhex(None)", "bytes.fromhex(5)",
         "sys.stdout.write(None)", "str.maketrans(None, 'a')", "str.maketrans('a', None)", "str.maketrans('a', 'b', None)",
         "str(b'a', None)", "str(b'a', 'utf-8', None)", "(1).to_bytes(1, None)", "int.from_bytes(b'a', None)",
         "type(None, (), {})", "type('A', None, {})", "type('A', (), None)", "time.strftime(None)",
         "unicodedata.normalize(None, 'a')", "unicodedata.normalize('NFC', None)", "sys.intern(None)",
         "compile('1', None, 'eval')", "__import__(None)", "heapq.heappush(None, 1)", "heapq.heapify(None)",
         "array.array(None)", "types.ModuleType(None)", "types.ModuleType(3)", "b'a'.center(3, None)",
         "b'a'.removeprefix(None)", "super(None, 1)", "print(*None)"]
for t in tests:
    try:
        print(t, '->', ascii(eval(t)))
    except TypeError as e:
        print(t, '->', type(e).__name__, e)
