# non-ASCII strings: code points, len, slicing, case mapping and astral characters
s = "héllo wörld"
print(s, len(s), s.upper(), s[1], s[7:], s[::-1])
e = "a😀b"
print(e, len(e), e[1], e[2], e[::-1], ord(e[1]), hex(ord(e[1])))
print(len("日本語"), "日本語"[1], "日本語".find("語"))
print([ord(c) for c in "aé€😀"])
print(chr(233), chr(8364), chr(128512), chr(0x10FFFF) == "\U0010ffff")
print("é".encode("utf-8"), "😀".encode("utf-8"), len("😀".encode("utf-8")))
print(b"\xc3\xa9".decode("utf-8"), b"caf\xc3\xa9".decode())
print("ÀÉÎ".lower(), "àéî".upper(), "ﬁ".upper())
print(repr("é😀"), ascii("é😀"))
print("x€y".split("€"), "€" in "a€", "€".isalpha())
