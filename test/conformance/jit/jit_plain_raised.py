# Natives whose common errors compiled code gets back without a JavaScript throw: int()'s
# ValueError, str.index's and list.index's ValueError, next()'s StopIteration and a missing
# attribute's AttributeError, caught in a hot loop, in the function body, by the caller,
# inside an except handler (chained), in a generator, through finally, and uncaught.
import sys
import traceback


class Box:
    def __init__(self, v):
        self.v = v


def ints(n):
    words = ['1', 'x', ' 7 ', '4.5', '-3', '', '0x10']
    out = []
    for i in range(n):
        try:
            out.append(int(words[i % 7]))
        except ValueError as e:
            out.append(str(e))
    return out


def finds(n):
    hay = 'hello world'
    items = [1, 2.0, True, 'a', 3]
    out = []
    for i in range(n):
        try:
            out.append(hay.index('o w' if i % 2 else 'zz'))
        except ValueError as e:
            out.append(e.args)
        try:
            out.append(items.index([1, 2, 'a', 'b', 7][i % 5]))
        except ValueError as e:
            out.append(str(e))
    return out


def nexts(n):
    out = []
    for i in range(n):
        it = iter([i] if i % 3 else [])
        try:
            out.append(next(it))
        except StopIteration as e:
            out.append(('stop', e.args, e.value))
    return out


def attrs(n):
    box = Box(1)
    out = []
    for i in range(n):
        try:
            out.append(box.v if i % 4 else box.w)
        except AttributeError as e:
            out.append((str(e), e.name, e.obj is box))
    return out


class Reader:
    def read(self):
        return 'data'


def methods(n):
    objs = [Reader(), None, 'text', Box(2), Reader]
    out = []
    for i in range(n):
        o = objs[i % 5]
        try:
            out.append(o.read())
        except AttributeError as e:
            out.append((str(e), e.name, e.obj is o))
        except TypeError as e:
            out.append(str(e))
    return out


for f in (ints, finds, nexts, attrs, methods):
    r = f(3000)
    print(f.__name__, len(r), r[:12], r[-4:])


def body_catches(s):
    # No loop: the handler is in the same compiled function body.
    try:
        return int(s)
    except ValueError:
        return -1


print(sum(body_catches(s) for s in ['5', 'q', '12', 'zz'] * 800))


def leaves(s):
    return int(s) + len(s)            # no handler: the ValueError leaves the frame


def leaves_attr(o):
    return o.missing


def caller(n):
    caught = []
    for i in range(n):
        try:
            leaves('x%d' % (i % 3))
        except ValueError as e:
            tb = e.__traceback__
            depth = 0
            while tb is not None:
                depth += 1
                last = tb.tb_lineno
                tb = tb.tb_next
            caught.append((str(e), depth, last))
        try:
            leaves_attr(i)
        except AttributeError as e:
            caught.append((str(e), e.__traceback__.tb_next.tb_lineno))
    return caught


c = caller(2000)
print(len(c), c[:4], c[-2:])


def chained(n):
    out = []
    for i in range(n):
        try:
            try:
                raise KeyError(i)
            except KeyError:
                int('bad%d' % (i % 2))
        except ValueError as e:
            out.append((type(e.__context__).__name__, e.__context__.args, e.__suppress_context__, sys.exc_info()[0].__name__))
        out.append(sys.exc_info())
    return out


ch = chained(2000)
print(ch[:3], ch[-1])


def through_finally(n):
    log = []
    for i in range(n):
        try:
            try:
                'abc'.index('d')
            finally:
                log.append(i)
        except ValueError:
            pass
    return len(log), log[-1]


print(through_finally(2000))


def gen(n):
    for i in range(n):
        it = iter(())
        try:
            next(it)
        except StopIteration:
            yield i
    next(iter([]))                       # leaves the generator: a RuntimeError (PEP 479)


g = gen(2000)
total = 0
try:
    for v in g:
        total += v
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__, total)


def default_next(n):
    hits = 0
    for i in range(n):
        hits += next(iter(()), 1) + next(iter('ab'), 'z').count('a')
    return hits


print(default_next(2000))


def formatted():
    try:
        [3, 4].index(5)
    except ValueError:
        return traceback.format_exc()


for i in range(2000):
    text = formatted()
lines = text.splitlines()
print(len(lines), lines[0], lines[1].split(', ', 1)[1], lines[2:])


def value_of(o):
    return o.v * 2                       # a miss leaves the frame


def run_all(n):
    t = 0
    for i in range(n):
        try:
            t += value_of(Box(i) if i % 5 else 7)
        except AttributeError:
            t -= 1
    print(t)
    return value_of(8.5)                 # uncaught


run_all(3000)
