# bytearray's extend, constructor and slice assignment: what converts, and the errors for what does not.
tests = [lambda: bytearray().extend([300]), lambda: bytearray([300]), lambda: bytes([300]), lambda: bytearray().extend(''),
         lambda: bytearray(b'ab').__setitem__(slice(0, 1), [300]), lambda: bytearray(b'ab').__setitem__(slice(0, 1), None),
         lambda: bytearray().extend(iter([1, 'a'])), lambda: bytearray(None), lambda: bytearray(1.5), lambda: bytes(1.5),
         lambda: bytearray().extend(None), lambda: bytearray().extend(5), lambda: bytearray().extend('ab'),
         lambda: bytearray(b'ab').__setitem__(slice(0, 1), 1.5), lambda: bytearray(b'ab').__setitem__(slice(0, 1), 'x'),
         lambda: bytearray(b'ab').__setitem__(slice(0, 1), 2), lambda: bytearray(b'ab').__setitem__(slice(0, 1), object())]
for f in tests:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
ba = bytearray(b'abc')
ba.extend(range(100, 103))
ba.extend(memoryview(b'mv'))
ba.extend(bytearray(b'!'))
ba.extend(x for x in (63, 64))
ba[0:1] = (120, 121)
ba[::2] = b"XYZWVU"
ba[-1:] = range(65, 67)
print(ba, len(ba))
