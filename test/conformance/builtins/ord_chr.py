# ord() and chr() for ASCII, Latin-1, BMP and astral code points
for c in "Aa0 ~\n":
    print(repr(c), ord(c))
print(ord("é"), ord("€"), ord("😀"), ord("\x00"))
print(chr(65), chr(97), chr(48), chr(233), chr(8364), chr(128512), repr(chr(0)), repr(chr(127)))
print([chr(i) for i in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(chr(ord("a") - 32), ord(chr(1114111)))
try:
    chr(1114112)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
