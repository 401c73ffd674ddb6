# Built-in functions called from compiled loops (more than 200 iterations, so vm/jit.ts
# compiles them) with one, two and three arguments: the call goes straight to the function's
# entry for that count. What must hold: the results, an entry that declines its arguments
# (falls back to the general call), a builtin that raises (traceback line), a builtin
# rebound to a tpy function or another builtin mid-loop, and the profiler's c_call events.
import sys


def results(n):
    acc = []
    for i in range(n):
        s = "x" * (i % 7)
        acc.append((len(s), abs(-i), isinstance(s, str), min(i, 5), max(i, 3, 2), divmod(i, 7),
                    getattr(s, "nope", i % 3), ord("a") + i % 26, chr(65 + i % 26), round(i / 3, 1),
                    pow(i, 2, 7), hash(i), bool(i % 2)))
    return acc[-1], sum(a[0] + a[1] + a[3] for a in acc), len(acc)


print(results(300))


def declines(n):
    # min/max with a key, sorted of a generator, sum with a start, iter with a sentinel: entries
    # that take the general path for some of their argument shapes.
    out = 0
    for i in range(n):
        out += min([i, 3, 9], key=lambda v: -v) + sum((1, 2), 10) + len(sorted(x for x in (3, 1, 2)))
        out += max(range(i % 5 + 1)) + len(list(iter([1, 2, 3].pop, 1)))
    return out


print(declines(250))


def raises(n):
    caught = []
    for i in range(n):
        try:
            v = int("12" if i % 100 else "twelve")
        except ValueError as e:
            caught.append((i, str(e)))
        else:
            caught.append(v) if i == 1 else None
    return caught


print(raises(400))


def rebinding(n):
    global len
    seen = []
    for i in range(n):
        if i == 250:
            len = lambda s: -1
        elif i == 260:
            len = abs
        seen.append(len("ab") if i < 260 else len(-5))
    del len
    return seen[0], seen[249], seen[250], seen[259], seen[260], seen[-1], len("abc")


print(rebinding(300))

events = []


def profile(frame, event, arg):
    if event == "c_call" and arg.__name__ in ("len", "abs"):
        events.append((event, arg.__name__))


def profiled(n):
    t = 0
    for i in range(n):
        if i == 280:
            sys.setprofile(profile)
        t += len("abc") + abs(-i)
    sys.setprofile(None)
    return t


print(profiled(300), events[:4], len(events))


def uncaught(n):
    total = 0
    for i in range(n):
        total += len(i if i == 333 else "ok")
    return total


print(uncaught(500))
