# int() and float() parse any bytes-like object (memoryview, array.array) as text; a released view is a TypeError
import array
print(int(memoryview(b"12")), float(memoryview(b" 1.5 ")), int(memoryview(b"12345")[1:3]))
print(int(memoryview(b"1_000")), float(memoryview(b"-inf")), float(memoryview(b"1e3")[::1]))
for x in [memoryview(b"123")[::2], memoryview(b"123")[::-1]]:
    for f in (int, float):
        try:
            print(f(x))
        except Exception as e:
            print(type(e).__name__, e)
print(float(array.array("b", [49, 50])), int(array.array("b", [49, 50])))
for x in [memoryview(b"1x"), bytearray(b"1x"), array.array("b", [49, 120]), memoryview(b"")]:
    try:
        print(int(x))
    except Exception as e:
        print(type(e).__name__, e)
for x in [bytearray(b"1x"), bytearray(b"")]:
    try:
        print(float(x))
    except Exception as e:
        print(type(e).__name__, e)
try:
    int(memoryview(b"ff"), 16)
except Exception as e:
    print(type(e).__name__, e)
print(int(bytearray(b"ff"), 16), int(b"0o17", 0))
m = memoryview(b"5")
m.release()
for f in (int, float):
    try:
        f(m)
    except Exception as e:
        print(type(e).__name__, e)
