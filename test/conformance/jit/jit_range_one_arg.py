# range(n) called with one argument from compiled code and the eval loop takes a shorter
# path than the type call (range's call1): the same ranges and the same errors.


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
