# Natives that drain a generator (sum, list, tuple, any, all) take its values at its compiled
# yield and let it go on from there: values they refuse (a float or a huge int for sum, the
# deciding value for any/all, a value whose truth runs __bool__) leave the generator suspended
# at that yield, where the native, next(), gi_frame and close() find it, as in CPython.


def mixed(n):
    for i in range(n):
        if i == n - 3:
            yield 0.5
        elif i == n - 2:
            yield 2 ** 70
        else:
            yield i


def flat(rows):
    for r in rows:
        yield from r


class Truth:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __bool__(self):
        Truth.calls += 1
        return self.v


def truths(n, falsy_at):
    for i in range(n):
        yield Truth(i != falsy_at) if i % 5 == 0 else i + 1


def stops(n):
    for i in range(n):
        yield i
    raise ValueError(f'stopped after {n}')


def with_finally(n, log):
    try:
        for i in range(n):
            yield i
    finally:
        log.append(n)


def run(rounds):
    out = []
    log = []
    for k in range(rounds):
        n = 20 + k % 7
        a = sum(mixed(n))
        b = list(x * 2 for x in range(k % 30) if x % 3)
        c = tuple(flat([[k, k + 1], (2, 3), range(k % 4)]))
        d = sum(flat([[1, 2], [3.5], range(5)]))
        e = any(x > n // 2 for x in range(n))
        f = all(x < n - 1 for x in range(n))
        g = (x for x in range(n))
        first = any(x >= 3 for x in g)
        rest = (next(g), g.gi_frame.f_lineno, list(g))
        h = all(truths(12, 10 + k % 3))
        try:
            sum(stops(k % 9))
        except ValueError as err:
            msg = str(err)
        with_sum = sum(with_finally(k % 6, log))
        gen = with_finally(50, log)
        partial = any(v > 10 for v in gen)
        gen.close()
        out.append((a, b, c, d, e, f, first, rest, h, msg, with_sum, partial))
    return out, log[-6:], Truth.calls


out, log, calls = run(400)
print(out[0])
print(out[7])
print(out[-1])
print(len(out), log, calls)


# An exception raised in the generator's body while a native drains it: its traceback.
def boom(n):
    for i in range(n):
        yield 10 // (n - 1 - i)


def tb_lines(rounds):
    seen = set()
    for k in range(rounds):
        try:
            list(boom(30))
        except ZeroDivisionError as err:
            tb = err.__traceback__
            lines = []
            while tb is not None:
                lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            seen.add(tuple(lines[1:]))
    return sorted(seen)


print(tb_lines(300))


# min() and max() without a key take a generator's ints as it yields them; ties keep the
# first, other types (floats, bools, big ints) and keys go through the comparisons.
def items(k):
    yield from (3, k % 5, 2.0, 2, True, -(k % 3), 2 ** 65 if k % 7 == 0 else 1, -1.0 * (k % 2))


def minmax(rounds):
    out = set()
    for k in range(rounds):
        out.add((min(items(k)), max(items(k)), min(x for x in range(k % 4, 9)), max(x % 5 for x in range(k + 1)),
                 repr(min(x for x in (2, 2.0, 1.0, 1))), repr(max(x for x in (1, 1.0, True))),
                 max((x for x in range(k % 3) if x > 5), default='none'), min((x for x in range(3)), key=lambda v: -v)))
    return sorted(out, key=repr)


print(minmax(300))
list(boom(40))
