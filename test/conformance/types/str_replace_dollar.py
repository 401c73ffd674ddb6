# str.replace takes its replacement literally: '$&', "$'", '$1', '$$' are text, whatever
# the way the replacement is made (nothing found, all occurrences, a count, long strings).
cases = [("a$b", "$", "$$"), ("abab", "a", "$&"), ("abab", "b", "$'"), ("abab", "b", "$`"),
         ("a1a1", "a", "$1"), ("xyz", "q", "$&"), ("aaa", "a", "bb"), ("éaé", "é", "\U0001F600"),
         ("a" * 300 + "b", "a", "$&"), ("ab" * 200, "b", "$$x"), ("", "a", "b"), ("abc", "abc", "")]
for s, old, new in cases:
    r = s.replace(old, new)
    print(ascii(r[:40]), len(r), ascii(s.replace(old, new, 1)[:20]), ascii(s.replace(old, new, 2)[:20]))
words = ["alpha", "beta", "gamma"] * 200
print(sum(len(w.replace("a", "$&")) for w in words), sum(len(w.replace("z", "y")) for w in words))
