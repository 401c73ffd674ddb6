# The str predicates and case mappings over ASCII (answered from a table) and other
# characters (Unicode properties): digits, letters, titlecase digraphs, superscripts,
# non-decimal numerics, combining marks, control characters.
tests = ['abc', 'ABC', 'aBc', '123', 'a1', '', ' ', 'é', 'Ǆ', 'ǅ', '²', '٣', 'Ⅻ', 'ß', 'ﬁx',
         'hello world', 'Hello World', '\t', '\x7f', 'x\u0301', 'ǆemal', 'A1b2', '_', '~!', 'Ab Cd',
         'ǈ', 'ÀÉÎ', 'àéî', '½', '\u00a0', 'a\x00b', 'ΣΑΣ', 'İ']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isupper(), t.islower(), t.istitle(), t.isprintable(), t.isspace(), t.isascii(),
          t.isidentifier())
    print('   ', repr(t.capitalize()), repr(t.title()), repr(t.swapcase()), repr(t.upper()), repr(t.lower()))

# Capital sigma lowered by title(), swapcase() and capitalize() takes its final form by context.
for t in ['ΣΑΣ ΣΑΣ', 'AΣ.Σ', "a'Σ", 'ΑΣ\u0301', 'hello ΣΑΣ.', 'Σ', 'aΣb', 'İSTANBUL', 'ǅemal ǄEMAL']:
    print(repr(t), repr(t.title()), repr(t.swapcase()), repr(t.lower()), repr(t.capitalize()))
