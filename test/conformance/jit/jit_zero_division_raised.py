# Division by zero in hot compiled code (/, //, % and their in-place forms) with ints, bools,
# big ints and floats: the ZeroDivisionError is handed back without a JavaScript throw and
# must read as CPython's; an int subclass or an object with __truediv__ still runs its method.


class MyInt(int):
    def __truediv__(self, other):
        return 'mine'


class Num:
    def __floordiv__(self, other):
        return 'floordiv'

    def __rmod__(self, other):
        return 'rmod'


def divisions(n):
    operands = [7, True, 10 ** 30, 2.5, -0.0, MyInt(3), Num()]
    zeros = [0, False, 0.0, -0.0]
    out = []
    for i in range(n):
        a = operands[i % 7]
        b = zeros[(i // 7) % 4]
        for k in range(3):
            try:
                if k == 0:
                    out.append(a / b)
                elif k == 1:
                    out.append(a // b)
                else:
                    out.append(a % b)
            except ZeroDivisionError as e:
                out.append(str(e))
            except TypeError as e:
                out.append('TypeError: ' + str(e))
    return out


r = divisions(3000)
print(len(r))
for line in sorted(set(map(str, r))):
    print(line)


def inplace(n):
    out = []
    for i in range(n):
        x = [5, 5.0][i % 2]
        try:
            if i % 3 == 0:
                x /= 0
            elif i % 3 == 1:
                x //= 0.0
            else:
                x %= False
        except ZeroDivisionError as e:
            out.append((i % 6, str(e)))
    return sorted(set(out))


print(inplace(3000))


def rmod(n):
    t = 0
    for i in range(n):
        try:
            t += len(0 % Num()) if i % 2 else int(i % 0)
        except ZeroDivisionError:
            t -= 1
    return t


print(rmod(3000))


def ratio(a, b):
    return a / b                          # the last call's ZeroDivisionError is uncaught


def ratios(n):
    t = 0.0
    for i in range(n):
        try:
            t += ratio(i, i % 5)
        except ZeroDivisionError:
            t -= 1
    return t


print(ratios(3000))
ratio(1.5, 0)
