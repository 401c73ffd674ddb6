# Exceptions raised by natives (a dict's KeyError, int()'s ValueError, a callback's error
# through sorted()) inside hot compiled loops and function bodies, caught there or leaving
# the frame: tracebacks, __context__, sys.exc_info() and the values after must be CPython's.
import sys


def dict_misses(n):
    d = {i: i for i in range(0, n, 3)}
    hits = misses = 0
    for i in range(n):
        try:
            hits += d[i]
        except KeyError as e:
            misses += 1
            last = e
    return hits, misses, last.args, type(last.__context__)


print(dict_misses(3000))


def parse_all(words):
    out = []
    for w in words:
        try:
            out.append(int(w))
        except ValueError as e:
            out.append(str(e)[:40])
    return out


print(parse_all(['1', 'x', '3', '4.5', ' 7 '] * 100)[:6])


def lookup(d, k):
    return d[k]                          # no handler here: the KeyError leaves the frame


def lookups(n):
    d = {0: 'zero'}
    caught = 0
    for i in range(n):
        try:
            lookup(d, i % 2)
        except KeyError:
            caught += 1
    return caught


print(lookups(2000))


def chained(n):
    # A native's error inside an except handler: chained to the one being handled.
    d = {}
    res = []
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            except ValueError:
                d[i]
        except KeyError as e:
            res.append((e.args[0], type(e.__context__).__name__, e.__context__.args[0]))
    return res[-2:], len(res)


print(chained(1000))


def exc_info_inside(n):
    d = {}
    seen = set()
    for i in range(n):
        try:
            d[i]
        except KeyError:
            seen.add(sys.exc_info()[0].__name__)
        seen.add(str(sys.exc_info()[0]))
    return sorted(seen)


print(exc_info_inside(600))


def callback_raises(n):
    def key(x):
        if x == 3:
            raise ArithmeticError('from the key')
        return -x
    errs = 0
    for i in range(n):
        try:
            sorted([1, 2, 3, 4], key=key)
        except ArithmeticError as e:
            errs += 1
            tb = e.__traceback__
            depth = 0
            while tb is not None:
                depth += 1
                tb = tb.tb_next
    return errs, depth


print(callback_raises(600))


def traceback_lines(n):
    d = {}
    for i in range(n):
        try:
            d[i % 7]
        except KeyError as e:
            tb = e.__traceback__
            if i == n - 1:
                return tb.tb_lineno - traceback_lines.__code__.co_firstlineno, tb.tb_next


print(traceback_lines(700))


def locals_after(n):
    total = 0
    d = {}
    for i in range(n):
        x = i * 2
        try:
            total += d[x]
        except KeyError:
            total += x
    return total, x


print(locals_after(1500))


def uncaught_at_end(n):
    d = {}
    for i in range(n):
        d[i] = i
    for i in range(n + 1):
        d[i]


try:
    uncaught_at_end(500)
except KeyError as e:
    tb = e.__traceback__.tb_next
    print('KeyError', e.args, tb.tb_frame.f_code.co_name, tb.tb_lineno - uncaught_at_end.__code__.co_firstlineno)


def with_trace(n):
    d = {}
    count = 0
    for i in range(n):
        if i == n // 2:
            sys.settrace(lambda *a: None)
        try:
            d[i]
        except KeyError:
            count += 1
    sys.settrace(None)
    return count


print(with_trace(800))
