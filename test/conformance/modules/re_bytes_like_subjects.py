# A bytes pattern runs on any bytes-like object: a memoryview (a slice reads only its bytes),
# an array.array; templates and re.escape take them too. The results are bytes.
import array
import re

mv = memoryview(b"abcabc")[1:]
print(re.findall(rb"c", mv), re.sub(rb"c", b"X", mv), re.search(rb"b", mv).group(), re.split(rb"c", mv))
m = re.match(rb"bc", mv)
print(m.string is mv, m[0], type(m[0]).__name__, m.span())
print(re.findall(rb"a", array.array("B", b"xaya")), re.fullmatch(rb"x.y.", bytearray(b"xaya")) is not None)
print(re.sub(rb"a", mv, b"aa"), re.subn(rb"(b)", memoryview(b"<\\1>"), b"abab"))
print(re.escape(mv), re.escape(memoryview(b"a.b*c")[1:4]))
print([m.group() for m in re.finditer(rb"\w", memoryview(b"x y z")[2:])], re.compile(rb"\d+").findall(memoryview(b"12 ab 345")))
for bad in (lambda: re.compile(mv), lambda: re.findall("a", mv), lambda: re.findall(rb"a", "text"), lambda: re.sub(rb"a", "s", b"a")):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
