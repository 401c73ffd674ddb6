# More errors compiled code gets back without a JavaScript throw: an index out of a list's,
# tuple's or str's range, float()'s ValueError, dict.pop's KeyError, list.remove's and
# list.index's ValueError; the calls a plain entry leaves to the full call (an item with
# __eq__, a by-value dict key) still run it.


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        calls.append(other)
        return self.v == other


calls = []


def indexes(n):
    l, t, s, u = [1, 2, 3], (4, 5), 'abc', 'a\U0001F600b'
    out = []
    for i in range(n):
        k = i % 9 - 4
        for seq in (l, t, s, u):
            try:
                out.append(seq[k])
            except IndexError as e:
                out.append(str(e))
    return out


r = indexes(3000)
print(len(r), r[:36])


def floats(n):
    words = ['1.5', 'x', ' 7 ', '1e3', 'inf', '', '1_0.5', '_1', 'nan']
    out = []
    for i in range(n):
        try:
            out.append(float(words[i % 9]))
        except ValueError as e:
            out.append(e.args[0])
    return out


r = floats(3000)
print(r[:9], r[-3:])


def pops(n):
    d = {}
    out = 0
    for i in range(n):
        d[i % 5] = i
        d['k%d' % (i % 3)] = i
        try:
            out += d.pop(i % 7)
        except KeyError as e:
            out -= e.args[0]
        try:
            out += d.pop('k%d' % (i % 4))
        except KeyError as e:
            out += len(e.args[0])
    return out, sorted(d.items(), key=str)


print(pops(3000))


def removes(n):
    out = []
    for i in range(n):
        l = [1, 2.0, True, 'a', 3]
        try:
            l.remove([1, 2, 'a', 'b', 7, 1.0, False][i % 7])
            out.append(len(l))
        except ValueError as e:
            out.append(str(e))
        try:
            out.append(l.index([3, 'a', 0, 'zz'][i % 4]))
        except ValueError as e:
            out.append(str(e))
    return out


r = removes(3000)
print(r[:14], r[-4:])


def with_eq(n):
    out = []
    for i in range(n):
        l = [Eq(5), 1, 'a']
        try:
            out.append(l.index(5 if i % 2 else 9))
        except ValueError as e:
            out.append(str(e))
        try:
            l.remove('a' if i % 3 else 'q')
            out.append(len(l))
        except ValueError as e:
            out.append(str(e))
    return out


r = with_eq(2000)
print(r[:6], len(calls), calls[:4])


def by_value_keys(n):
    d = {(1, 2): 'pair', 3: 'three'}
    out = []
    for i in range(n):
        d[3] = 'three'
        try:
            out.append(d.pop(3 if i % 2 else 4))
        except KeyError as e:
            out.append(repr(e))
    return out


r = by_value_keys(2000)
print(r[:4])


def pops_and_tuple_index(n):
    out = []
    for i in range(n):
        stack = [1, 2] if i % 3 else []
        try:
            out.append(stack.pop())
        except IndexError as e:
            out.append(str(e))
        try:
            out.append(stack.pop(i % 5 - 2))
        except IndexError as e:
            out.append(str(e))
        try:
            out.append((1, 'b', 2.0, False).index([2, 'b', 0, 'q', 5][i % 5]))
        except ValueError as e:
            out.append(str(e))
    return out


r = pops_and_tuple_index(3000)
print(r[:15], sorted(set(map(str, r))))


def last(l):
    return l[len(l)]                     # IndexError out of the frame, uncaught at the end


tot = 0
for i in range(3000):
    try:
        tot += last([1] * (i % 4))
    except IndexError:
        tot += 1
print(tot)
last((1, 2))
