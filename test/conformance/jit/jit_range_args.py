# range(n) and range(a, b) called from compiled code take a shorter path than the type
# call (range's call1 and call2): the same ranges and the same errors.


class I:
    def __index__(self):
        return 4


class Bad:
    def __index__(self):
        return "x"


def ranges(n):
    total = 0
    for i in range(n):
        for j in range(i % 4):
            total += j
    return total


print(ranges(3000))
print(list(range(3)), list(range(True)), list(range(-2)), list(range(I())))
big = range(10**20)
print(big, big[-1], range(2**53 + 5)[-1])
for arg in ("x", 2.5, None, Bad(), [1]):
    try:
        range(arg)
    except TypeError as e:
        print(type(arg).__name__, e)


def many_kinds(n):
    out = []
    for i in range(n):
        out.append(len(range(I() if i % 2 else i)))
    return sum(out)


print(many_kinds(2000))


def pairs(n):
    total = 0
    for i in range(n):
        for j in range(i % 5, 4):
            total += j
        total += len(range(-i, i)) + len(range(i, -i))
    return total


print(pairs(3000))
print(list(range(True, 3)), list(range(I(), 6)), list(range(2, I())))
print(range(2**53 - 1, 2**53 + 2), range(-(2**60), 2**60)[-1], list(range(2**53, 2**53 + 2)))
for a, b in ((1, "x"), ("x", 1), (1.0, 2), (1, None), (Bad(), 3)):
    try:
        range(a, b)
    except TypeError as e:
        print(type(a).__name__, type(b).__name__, e)
try:
    range()
except TypeError as e:
    print(e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    range(stop=3)
except TypeError as e:
    print(e)


def fails_late(n):
    xs = [1] * n + ["no"]
    total = 0
    for x in xs:
        total += len(range(x))
    return total


print(fails_late(3000))
