# base64: Ascii85 (a85encode/a85decode options and errors) and bytes-like inputs (memoryview, array)
import array
import base64

samples = [b"", b"\0", b"\0" * 4, b"\0" * 5, b"    ", b"     x", b"tpy!", b"hello world",
           bytes(range(256))[:37], b"\xff" * 7]
for raw in samples:
    plain = base64.a85encode(raw)
    padded = base64.a85encode(raw, pad=True)
    spaced = base64.a85encode(raw, foldspaces=True)
    print(raw[:12], plain, padded, spaced)
    assert base64.a85decode(plain) == raw
    assert base64.a85decode(spaced, foldspaces=True) == raw
print(base64.a85encode(b"Man is distinguished", adobe=True))
for width in (1, 2, 5, 7, 12):
    print(width, base64.a85encode(b"Man is distinguished", wrapcol=width, adobe=True))
    print(width, base64.a85encode(b"Man is distinguished", wrapcol=width))
print(base64.a85decode(b"<~9jqo^BlbD-BleB1DJ+*+F(f,q~>", adobe=True))
print(base64.a85decode(b"9jqo^BlbD-~>", adobe=True), base64.a85decode("9jq\no^ Bl\tbD-"))
print(base64.a85decode(b"9jqo^", ignorechars=b""), base64.a85decode(b"z!!"), base64.a85decode("y", foldspaces=True))
for bad, kw in [(b"9jqo^", {"adobe": True}), (b"s8W-\"", {}), (b"9jz", {}), (b"9jy", {"foldspaces": True}),
                (b"9j{", {}), (b"y", {}), (b"9jqo^ ", {"ignorechars": b"x"}), ("\xe9", {})]:
    try:
        print(base64.a85decode(bad, **kw))
    except ValueError as e:
        print("ValueError:", e)
try:
    base64.a85encode("text")
except TypeError as e:
    print("TypeError:", e)
view = memoryview(b"abcdef")
arr = array.array("B", [1, 2, 3, 250])
for fn in (base64.b64encode, base64.b32encode, base64.b16encode, base64.b85encode, base64.a85encode,
           base64.urlsafe_b64encode, base64.encodebytes):
    print(fn.__name__, fn(view), fn(arr))
for fn, text in ((base64.b64decode, b"YWJj"), (base64.b32decode, b"MFRGG==="), (base64.b16decode, b"ABCD"),
                 (base64.b85decode, b"VPaz"), (base64.a85decode, b"@:E_"), (base64.decodebytes, b"YWJj\n")):
    print(fn.__name__, fn(memoryview(text)), fn(array.array("B", text)))
for bad in (5, None, array.array("i", [1])):
    for fn in (base64.b64decode, base64.b32encode, base64.encodebytes):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
