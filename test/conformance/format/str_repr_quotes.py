# repr() and ascii() of strs: the quote CPython picks, escapes of backslashes, quotes and
# control characters, printable ASCII shown as itself, non-ASCII, in containers and f-strings.
import random

print(repr(''.join(chr(c) for c in range(0x20, 0x7f))))
print([chr(c) for c in range(0, 0x20)] + [chr(0x7f), chr(0x80), chr(0xa0), chr(0xad)])
random.seed(3)
alphabet = ['a', 'Z', ' ', "'", '"', '\\', '\n', '\t', '\x00', 'é', '€', '\u2028', '\U0001F600', '\ud800', '~', '{']
for n in (1, 2, 3, 5, 12, 40):
    for _ in range(12):
        s = ''.join(random.choice(alphabet) for _ in range(n))
        print(repr(s), ascii(s))
words = ["it's", 'say "hi"', 'both \' "', 'C:\\path', 'plain words here', '', ' ']
print(words, tuple(words), {w: len(w) for w in words})
print(f'{words[0]!r} {words[1]!r} {words[3]!a}', '%r|%a' % (words[2], words[4]))
