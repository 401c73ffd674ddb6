# repr of strings picks quotes and escapes non-printable characters
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\x00\x07\x1b\x7f", "é ü ß", "\u200b", "\x85", "😀", "\r", "", " "]
for s in samples:
    print(repr(s), len(s))
print(str("it's"), str('say "hi"'))
print(["it's", 'a"b', "\n"])
print(repr(repr("x")), repr("\\n"))
print(ascii("é\n😀"), ascii("plain"))
print(repr("a'b\"c"), repr("'"), repr('"'))
print(str(["x"]), repr(("y",)))
print("%r" % "q", "{!r}".format("q"), f"{'q'!r}")
