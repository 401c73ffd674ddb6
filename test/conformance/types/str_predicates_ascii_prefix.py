# str predicates over all-ASCII strings (answered from a class table a code unit at a time),
# strings that start ASCII and go on beyond it, and strings that are not ASCII at all.
samples = [
    '', 'a', 'Z', '0', ' ', 'abc', 'ABC', 'AbC', 'abc1', 'ABC1', 'A1B', '123', '12a', 'a b',
    'x' * 40, 'X' * 40 + 'y', '9' * 40 + 'a', 'tab\there', 'nl\n', '~!@#', '\x7f', '\x00',
    'abcé', 'ABCÉ', 'abcÉ', 'ABCé', 'abcǅ', 'ABCǅ', 'ǅ', 'Ǆ', 'ǆ', 'abc²', '12²', '12٣', '١٢٣',
    'ab1٣', 'ΣΑΣ', 'σας', 'Σας', 'ab\u00a0', 'ab\u2028', 'ab\U0001d400', 'AB\U0001d400', '\U0001d7ce',
    'ab\ud800', 'ﬁ', 'ß', 'İ', 'ı', 'ʰ', 'ª', 'Ⅻ', 'ⅻ', '½', '𝟎',
]
tests = ['isalpha', 'isalnum', 'isdigit', 'isdecimal', 'isnumeric', 'isupper', 'islower', 'istitle',
         'isspace', 'isprintable', 'isascii', 'isidentifier']
for s in samples:
    print(ascii(s), ''.join('1' if getattr(s, t)() else '0' for t in tests))
