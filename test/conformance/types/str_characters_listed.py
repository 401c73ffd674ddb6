# A str's characters listed without its iterator: list(s), tuple(s), l.extend(s), sorted(s),
# for words and longer texts, astral characters and lone surrogates, and str subclasses
# (whose __iter__ is theirs).
words = ["", "a", "héllo", "a\U0001f600b", "x\ud800y", "\udc00\U0010ffff", "abc" * 20, "\U0001f600" * 40, "é" * 33]
for w in words:
    print(len(list(w)), list(w)[:5], tuple(w)[-3:], sorted(w)[:3] == sorted(iter(w))[:3])

l = [1]
l.extend("xyz")
l += "ab"
print(l)


class S(str):
    def __iter__(self):
        yield "own"


print(list(S("abc")), tuple(S("abc")), [].__class__(S("q")))


class L(list):
    pass


print(L("abc"), type(L("abc")).__name__)
acc = 0
for i in range(3000):
    acc += len(list("word%d" % i))
print(acc)
