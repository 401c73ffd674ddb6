# Built-in methods compiled loops call without writing their frame back first (a plain
# entry): results, their exceptions (caught in the loop, caught outside, uncaught with a
# traceback), the frame seen after one, and the calls a plain entry leaves to the full call.
import sys


def words_counted(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            key = word.lower().strip(".,")
            counts[key] = counts.get(key, 0) + 1
    return counts


text = "The cat. The dog, the END\nend of It. it\n" * 300
print(sorted(words_counted(text).items()))


def find_all(items, sub):
    out = []
    for s in items:
        try:
            out.append(s.index(sub))
        except ValueError as e:
            out.append(str(e))
    return out


print(find_all(["abc", "xbz", "bbb", "q"] * 200, "b")[:8])


def locals_after_raise(items):
    seen = 0
    for s in items:
        seen += 1
        try:
            s.index("zz")
        except ValueError as e:
            tb = e.__traceback__
            return seen, tb.tb_frame.f_locals["seen"], tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno
    return None


print(locals_after_raise(["zz"] * 500 + ["a"]))


def raise_out(items):
    total = 0
    for s in items:
        total += len(s.split(","))
        s.removeprefix(3 if s == "c,d" else "a")  # TypeError from a plain entry, not caught here


try:
    raise_out(["a,b"] * 3000 + ["c,d"])
except TypeError as e:
    print("TypeError:", e)


# Keys a plain dict.get cannot answer alone: a key hashed by value equal to a str.
class Key:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print("eq called", self.s, other)
        return self.s == other


def gets(d, keys):
    return [d.get(k, -1) for k in keys]


d = {}
for i in range(300):
    d["k%d" % i] = i
print(sum(gets(d, ["k%d" % i for i in range(600)])))
d[Key("zz")] = "by value"
print(gets(d, ["zz", "k1", 7, 1.0]))
di = {1: "one", 2.0: "two", True: "yes"}
print([di.get(k) for k in (1, 2, 1.0, True, 3) for _ in range(2)])


# Arguments a plain entry leaves to the full call: __index__, generators, subclasses.
class Idx:
    def __index__(self):
        print("index called")
        return 1


class S(str):
    def lower(self):
        return "sub-lower"


def mixed(n):
    out = []
    for i in range(n):
        out.append("a b c".split(" ", Idx() if i == n - 1 else 1))
        out.append("-".join(str(j) for j in range(3)) if i == n - 1 else "-".join(["x", "y"]))
        out.append((S("ABC") if i == n - 1 else "ABC").lower())
        lst = [1, 2, 3]
        out.append(lst.pop(Idx() if i == n - 1 else 0))
    return out[-8:]


print(mixed(300))


def bad_join(n):
    for i in range(n):
        "-".join(["a", "b"] if i < n - 1 else ["a", 3])


try:
    bad_join(500)
except TypeError as e:
    print("TypeError:", e)


def encode_all(items):
    return [s.encode() for s in items]


print(encode_all(["a", "\xe9"] * 200)[-2:])
try:
    encode_all(["ok"] * 300 + ["\ud800"])
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)


def pop_all(lst):
    n = 0
    while True:
        lst.pop()
        n += 1


try:
    pop_all(list(range(1000)))
except IndexError as e:
    print("IndexError:", e)


def profiled(items):
    return [s.upper() for s in items]


calls = []
sys.setprofile(lambda frame, event, arg: calls.append(event) if event.startswith("c_") else None)
profiled(["a", "b", "c"])
sys.setprofile(None)
print(calls.count("c_call"), calls.count("c_return"))


def indexes(items):
    total = 0
    for s in items:
        try:
            yield s.index("a") + total
        finally:
            total += 1


try:
    print(sum(indexes(["ba"] * 3000 + ["b"])))
except ValueError as e:
    print("ValueError:", e)


def uncaught(items):
    for s in items:
        s.startswith(("a", 1) if s == "bcd" else ("x", "y"))


uncaught(["abc"] * 3000 + ["bcd"])
