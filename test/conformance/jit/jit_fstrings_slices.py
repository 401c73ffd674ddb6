# f-strings and slices in compiled loops (more than 200 iterations): the parts written out in
# the compiled code (a str as itself, an int's digits, BUILD_STRING, BUILD_SLICE, a str's
# slice) and everything that goes through formatValue or the general slice.
class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        if spec == "boom":
            raise ValueError("bad spec")
        return f"${self.v:{spec or ',.2f'}}"

    def __repr__(self):
        return f"Money({self.v})"

    def __str__(self):
        return "M" + str(self.v)


class Idx:
    def __index__(self):
        return 2


values = [0, -7, 2 ** 60, 2 ** 70, True, None, 1.5, -0.0, "s", "é", "\U0001F600", b"b", Money(1234.5), [1, "x"]]
out = []
for i in range(400):
    v = values[i % len(values)]
    out.append(f"{v}|{v!r}|{v!s}|{v!a}|{i:>4}|{i:#x}|{i / 7:.3f}|{'-' * (i % 3)}{v}")
print(len(out), out[:len(values)])
print(out[-1], len("".join(out)))
word = "abcdefghij"
astral = "ab\U0001F600cd"
sl = []
for i in range(300):
    a, b = i % 13 - 6, i % 11 - 3
    sl.append((word[a:b], word[a:], word[:b], word[:], word[a:b:1], word[a:b:2], word[::-1][a:b],
               astral[a:b], word[Idx():], word[a:2 ** 70], word[-(2 ** 70):b], word[None:b:None]))
print(sl[:3], sl[-1], len(sl))


class S(str):
    def __getitem__(self, k):
        return "<" + str.__getitem__(self, k) + ">"


ss = S("hello")
print([ss[1:3] for _ in range(250)][-1], [f"{ss}" for _ in range(250)][-1])
total = 0
for i in range(250):
    total += len(f"{i}{i * 2}{Money(i):.1f}")
print(total)
for bad in ("1:2", 1.5):
    try:
        print(word[bad])
    except TypeError as e:
        print("TypeError", e)


def failing():
    acc = []
    for i in range(300):
        acc.append(f"{Money(i):{'boom' if i == 260 else ''}}")
    return acc


failing()
