# s[i] for strs: the plain case (no surrogate, index in range) and every other one, in
# straight code and in compiled loops.
samples = ["abc", "", "a\U0001F600b", "\ud800x", "é€", "x" * 50]
for s in samples:
    out = []
    for i in range(-4, 5):
        try:
            out.append(s[i])
        except IndexError as e:
            out.append(str(e)[:6])
    print(ascii(s), ascii(out))
acc = []
word = "hello"
astral = "h\U0001F600llo"
for i in range(600):
    acc.append(word[i % 5] + astral[i % 5] + word[-1 - i % 5])
print(ascii(acc[:6]), len(acc), ascii(acc[-1]))


class Idx:
    def __index__(self):
        return 1


print("abc"[True], "abc"[Idx()], "abc"[-True])
for bad in (1.0, "1", None, 2 ** 100, -(2 ** 100)):
    try:
        print("abc"[bad])
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)


class S(str):
    def __getitem__(self, i):
        return "S" + str.__getitem__(self, i)


s = S("xyz")
print(s[0], [s[i % 3] for i in range(300)][-3:])
