# s.find/rfind/index/rindex/count(sub) over the whole string, in loops: empty and longer
# substrings, astral characters before the match, overlapping counts, a str subclass as sub,
# the errors, and the padding methods with an int width (or an __index__).
texts = ["", "abcabc", "a\U0001f600bca\U0001f600", "\U0001f600" * 3, "aaaa", "héllo wörld"]
subs = ["", "a", "bc", "\U0001f600", "aa", "xyz", "abcabcabc", "ö"]


class S(str):
    pass


class W:
    def __index__(self):
        return 9


rows = []
for i in range(400):
    for t in texts:
        for sub in subs:
            rows.append((t.find(sub), t.rfind(sub), t.count(sub)))
print(len(rows), rows[:len(texts) * len(subs)])
print([t.find(S("a")) for t in texts], [t.count(S("")) for t in texts])
for t, sub in (("abc", "z"), ("", "a")):
    for m in (str.index, str.rindex):
        try:
            m(t, sub)
        except ValueError as e:
            print(m.__name__, e)
for bad in (None, 3, b"a"):
    try:
        "abc".find(bad)
    except TypeError as e:
        print(e)
    try:
        "abc".count(bad)
    except TypeError as e:
        print(e)
out = []
for i in range(300):
    w = "w%d" % i
    out.append((w.zfill(5), w.ljust(6, "."), w.rjust(6), w.center(7, "*"), w.zfill(W()) if i == 299 else ""))
print(out[:2], out[-1])
try:
    "x".ljust(5, "ab")
except TypeError as e:
    print(e)
