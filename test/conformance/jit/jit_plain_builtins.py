# Built-in functions compiled loops call without writing their frame back first (a plain
# entry): len, repr, abs, min, max, isinstance, hash, ord, chr; the arguments they leave to
# the full call (a __len__, __index__, __class__ or __hash__ of the program), and their errors.


class Sized(dict):
    def __len__(self):
        print("__len__ called")
        return 7


class Proxy:
    @property
    def __class__(self):
        print("__class__ read")
        return int


class Idx:
    def __index__(self):
        return 65


class H:
    def __hash__(self):
        return 42


def run(n):
    out = []
    d = {"a": 1, "b": 2}
    for i in range(n):
        last = i == n - 1
        out.append((
            len("abc\U0001f600"), len([1, 2]), len((1,)), len(d), len(Sized() if last else d),
            repr("x'y" if i % 2 else 'q"'), repr(i), abs(-i), abs(-1.5), min(i, 3), max(i, 3.5), min(2, i),
            isinstance(True, int), isinstance(i, str), isinstance(Proxy() if last else i, int),
            hash("abc") == hash("abc"), hash(i), hash(H() if last else 1), ord("\xe9"), chr(i % 50 + 65), chr(Idx() if last else 66),
        ))
    return out[-2:]


for row in run(400):
    print(row)


def errors(n):
    msgs = []
    for i in range(n):
        for f, a, ok in ((ord, "ab", "z"), (chr, -1, 3), (len, 5, "s"), (abs, "x", 3), (ord, "", "y"), (chr, 0x110000, 4)):
            try:
                f(a if i == n - 1 else ok)
            except (TypeError, ValueError) as e:
                msgs.append(type(e).__name__ + ": " + str(e))
    return msgs


print(errors(300))


class Named:
    def __str__(self):
        return "named"

    def __int__(self):
        return 5


def conversions(n):
    out = []
    for i in range(n):
        last = i == n - 1
        out.append((str(i), str(i == 3), str("s"), str(Named() if last else 2.5), str(2 ** 70 if last else -i),
                    int("12"), int(" -7 "), int(i), int(Named() if last else 3.9), int(True)))
    try:
        int("x%d" % n)
    except ValueError as e:
        out.append(str(e))
    return out[-3:]


print(conversions(500))


def uncaught(items):
    total = 0
    for s in items:
        total += ord(s)
    return total


print(uncaught(["a"] * 2000))
uncaught(["a"] * 2000 + ["bc"])
