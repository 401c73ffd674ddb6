# int.from_bytes takes what bytes() does except a count (PyObject_Bytes: __bytes__, buffers, iterables), with CPython's errors
import array
class B:
    def __bytes__(self): return b'\x01\x02'
class BadB:
    def __bytes__(self): return 5
for x in [5, None, 1.5, 'ab', memoryview(b'\x01\x00'), array.array('H', [1]), B(), BadB(), ['a'], [256], (1, 2), iter([3, 4]), {1: 2}, range(3)]:
    try:
        print(int.from_bytes(x, 'big'))
    except Exception as e:
        print(type(e).__name__, e)
