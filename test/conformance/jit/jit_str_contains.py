# `in` / `not in` with a str on the right, in compiled loops: str in str inline, anything
# else (a non-str left operand, a str subclass with __contains__) through contains.
class S(str):
    def __contains__(self, x):
        return x == "magic"


hay = ["abc", "", "a\U0001F600b", "\U0001F600", "xyzzy"]
needles = ["", "a", "b", "\U0001F600", "zz", "abc", "abcd"]
hits = []
for i in range(350):
    h, n = hay[i % len(hay)], needles[i % len(needles)]
    hits.append((n in h, n not in h, n in S(h), "magic" in S(h)))
print(sum(a for a, _, _, _ in hits), sum(b for _, b, _, _ in hits), sum(c for _, _, c, _ in hits), all(d for *_, d in hits))
print(hits[:8])
for bad in (1, None, b"a", ["a"]):
    try:
        for i in range(250):
            r = bad in "abc"
    except TypeError as e:
        print("TypeError", e)
