# character class predicates on ASCII strings
samples = ["123", "12.3", "abc", "ABC", "aBc", "abc123", "", " ", " \t\n", "Title Case", "UPPER 1", "lower 1", "_", "a_1", "1a"]
for s in samples:
    print(repr(s).ljust(13),
          s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii())
print("hello".isprintable(), "a\tb".isprintable())
print(all(c.isdigit() for c in "2024"), any(c.isupper() for c in "abC"))
print("".join(c for c in "a1b2c3" if c.isalpha()))
print([w for w in "one 2 three 4".split() if w.isdigit()])
