# Masked int expressions: (a * b + c) & mask and x % 2**k run in 32-bit arithmetic in a
# compiled loop when every local they read holds an int, and as separate instructions
# otherwise. Every result must be CPython's, whatever the leaves hold.


def lcg(seed, n):
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed)
    return out[-3:], seed


print(lcg(12345, 300))
print(lcg(-987654321, 300))
print(lcg(2 ** 60 + 7, 300))


def hashes(words):
    res = []
    for w in words:
        djb = 5381
        fnv = 2166136261
        sdbm = 0
        for ch in w:
            c = ord(ch)
            djb = ((djb << 5) + djb + c) & 0xFFFFFFFF
            fnv = ((fnv ^ c) * 16777619) % 2 ** 32
            sdbm = (c + (sdbm << 6) + (sdbm << 16) - sdbm) & 0xFFFFFFFF
        res.append((djb, fnv, sdbm))
    return res


print(hashes(['', 'a', 'hello world', 'the quick brown fox' * 20]))


def masks(n):
    acc = []
    for i in range(n):
        x = i * 2654435761 - 12345678901
        acc.append(((x * x) & 0xFF, (x * 3) % 256, (x * 7) % 1, (x * 5) & 0, (x * x * x) & 0xFFFFFFFF,
                    ((x << 40) + 1) & 0xFFFF, ((x << 31) - x) % 2 ** 32, ((x * 9) | 1) & 0x7FFFFFFF,
                    (((x * 11) & 0xFFFFFFFFFF) * 13) & 0xFFFF, (-x * 3) % 16))
    return acc[:3], acc[-1], sum(sum(t) for t in acc)


print(masks(400))


class MyInt(int):
    def __mul__(self, other):
        print('MyInt.__mul__', int(self), other)
        return MyInt(int(self) * other)


def mixed(values):
    out = []
    for v in values:
        try:
            out.append((v * 1103515245 + 12345) & 0x7FFFFFFF)
        except TypeError as e:
            out.append('TypeError: %s' % e)
        try:
            out.append((v * 3) % 2 ** 32)
        except TypeError as e:
            out.append('TypeError: %s' % e)
    return out


print(mixed([1, 2 ** 62, -2 ** 62, True, 2.5, MyInt(4), None, 10 ** 30] * 40)[-16:])


def no_errors(values):
    out = []
    for v in values:
        out.append(((v * 1103515245 + 12345) & 0x7FFFFFFF, (v << 3) % 2 ** 16))
    return out


print(no_errors([1, 2 ** 62, -2 ** 62, True, False, MyInt(4), 10 ** 30, -1] * 40)[-8:])


def strings(values):
    out = []
    for v in values:
        try:
            out.append((v * 3 + 1) & 255)
        except TypeError as e:
            out.append('TypeError: %s' % e)
        try:
            out.append((v * 2) % 8)
        except TypeError as e:
            out.append('TypeError: %s' % e)
    return out


print(strings(['ab', 5, [1]] * 100)[-6:])


def unbound(n):
    total = 0
    for i in range(n):
        if i == n - 1:
            del total
        total = (total * 31 + i) & 0xFFFFFFFF
    return total


try:
    unbound(300)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)


def rebinding(n):
    h = 0
    for i in range(n):
        h = (h * 31 + i) & 0xFFFFFFFF
        if i == n // 2:
            h = float(h)
            try:
                h = (h * 31 + i) & 0xFFFFFFFF
            except TypeError as e:
                print('TypeError:', e)
            h = int(h)
    return h


print(rebinding(500))
