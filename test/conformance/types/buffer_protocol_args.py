# memoryview and array.array accepted wherever a bytes-like object is: concatenation, bytes methods, %b, BytesIO
import array, io
mv = memoryview(b"yz")
arr = array.array("b", [65, 66])
tests = [
    lambda: b"x" + mv, lambda: bytearray(b"x") + mv, lambda: b"x" + arr, lambda: b"ab".join([mv, arr]),
    lambda: b"xyz".startswith(mv), lambda: b"xyz".endswith((b"q", mv)), lambda: b"xyz".find(mv), lambda: b"xyz".count(mv),
    lambda: b"xyz".replace(mv, b"!"), lambda: b"a-b".split(memoryview(b"-")), lambda: b"xyz".index(mv),
    lambda: b"xyz".strip(memoryview(b"xz")), lambda: b"xyz".partition(bytearray(b"y")), lambda: bytearray(b"xyz").partition(mv),
    lambda: bytearray(b"xyz").find(mv), lambda: b"%s|%b" % (mv, arr), lambda: int.from_bytes(mv, "big"),
    lambda: mv in b"xyz", lambda: bytearray(b"yz") == mv, lambda: b"yz" == mv, lambda: mv == b"yz",
    lambda: b"abc".center(5, memoryview(b"*")), lambda: b"%c" % memoryview(b"a"), lambda: b"x" + "y", lambda: b"x" + [1],
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, type(r).__name__, r)
    except Exception as e:
        print(i, type(e).__name__, e)
ba = bytearray(b"q")
ba += mv
ba += arr
print(ba)
b = b"q"
b += mv
print(b, type(b).__name__)
f = io.BytesIO(memoryview(b"init"))
f.seek(0, 2)
print(f.write(mv), f.write(arr), f.write(bytearray(b"!")), f.getvalue())
view = f.getbuffer()
print(view.nbytes, bytes(view[:4]), view.readonly)
view[0] = ord("I")
print(f.getvalue())
view.release()
f.close()
it = iter(f)
for bad in [lambda: next(it), f.getbuffer, lambda: io.BytesIO().write("s"), lambda: io.BytesIO(b"ab").readinto(b"xy")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    b"a" + cm
except Exception as e:
    print(type(e).__name__, e)
