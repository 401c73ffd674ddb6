# re: IGNORECASE scoped to a group ((?i:...), (?-i:...)) and bytes patterns folding ASCII letters only
import re

checks = [
    (r"(?i:abc)D", ["ABCD", "abcD", "abcd", "aBcD"]),
    (r"x(?i:[a-c]+)y", ["xAbCy", "xABCY", "xdy"]),
    (r"(?i:[^a-c])", ["A", "d", "D", "é"]),
    (r"(?i:[x-zA])", ["X", "y", "a", "b"]),
    (r"(?i:straße)", ["STRASSE", "STRAẞE", "Straße"]),
    (r"(?i:k)", ["K", "k", "\u212a"]),
    (r"(?i:σ)+", ["Σσς", "sigma"]),
    (r"(?i:\x41\u00e9\N{LATIN SMALL LETTER N})", ["aÉN", "AéN"]),
    (r"(?i:a(?-i:b)c)", ["AbC", "ABC", "abc"]),
    (r"(?i)a(?-i:B)c", ["ABC", "AbC", "aBC"]),
    (r"(?i)(?-i:[a-z]+)X", ["abcx", "ABCx", "abX"]),
    (r"(?x: a b ) (?i: c )", ["abc", "abC", "a bC"]),
    (r"(?i:(?P<word>ab)+)!", ["ABab!", "aB!"]),
    (r"(?<=(?i:id=))\d+", ["ID=42", "id=7", "Id=x"]),
    (r"(?s-i:.)", ["\n", "a"]),
    (r"(?i:\w+\d)", ["Ab3", "_9"]),
    (r"(?i:[\d_]a)", ["1A", "_a"]),
]
for pattern, subjects in checks:
    rx = re.compile(pattern)
    print(pattern, rx.flags, [bool(rx.fullmatch(s)) for s in subjects])
print(re.findall(r"(?i:error|warn)\w*", "ERROR: x; Warning: y; error2; WARN"))
print(re.sub(r"(?i:the)\s", "", "The cat THE dog the end"), re.split(r"\s*(?i:and)\s*", "a AND b and c"))
print(re.search(r"(?i:ab)", "xxAB").span(), re.compile(r"a(?i:b)").pattern)

print(re.match(rb"\xe9", b"\xc9", re.I), re.match(rb"(?i)[\xe0-\xff]", b"\xc9"), re.match(rb"(?i)abc", b"ABC"))
print(re.findall(rb"(?i)[a-c]+", b"xAbCz\xe1\xc1"), re.fullmatch(rb"(?i:hello) World", b"HeLLo World"))
print(re.match(rb"(?i)(a)\1", b"aA"), re.match(r"(?i)(a)\1", "aA"))
print(re.fullmatch(r"(?i)(a)(?-i:\1)", "Aa"), re.fullmatch(r"(?i)(a)(?-i:\1)", "AA"), re.fullmatch(r"(?i)(a)(?-i:\1)", "aA"))
for bad in [r"(?i-i:a)", r"(?i", r"(?z:a)", r"(?-:a)", r"a(?i)b"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
