# strip, lstrip and rstrip with default whitespace and explicit character sets
s = " \t\n hello world \r\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".strip("ab"))
print("www.example.com".lstrip("w."), "www.example.com".rstrip(".com"))
print(repr("   ".strip()), repr("".strip()), repr("a".strip("a")))
print("--==text==--".strip("-="), "0012300".strip("0"))
print("hello".strip(""), "hello".strip("hel"))
print(repr("\x0bvt\x0c".strip()))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"))
print("name".removeprefix("x"), "name".removesuffix("x"))
