# try/except/finally in compiled loops and function bodies (vm/jit_finally.ts): the blocks
# pushed and popped as the eval loop does, a return run through finally bodies compiled,
# and every way out of them (an exception in the finally body, a frame someone holds, a
# break, a generator closed) left to the eval loop with the frame it expects.
import sys

log = []


def ret_finally(i, box):
    try:
        return i * 2
    finally:
        box[0] += 1


def ret_nested(i, box):
    try:
        try:
            if i % 5 == 0:
                return -i
            return i
        finally:
            if i % 2:
                box[0] += 3
            else:
                box[0] -= 1
    finally:
        box[1] += i


def ret_in_loop(n):
    total = 0
    try:
        for k in range(n):
            total += k
            if k == 7:
                return total
    finally:
        total = -1
    return total


def ret_except(d, key):
    try:
        v = d[key]
    except KeyError:
        return "missing"
    else:
        return v


box = [0, 0]
acc = 0
for i in range(3000):
    acc += ret_finally(i, box) + ret_nested(i, box) + ret_in_loop(i % 12)
print("returns", acc, box)

d = {"a": 1, "b": 2}
print("except", [ret_except(d, k) for k in "abcab" * 300].count("missing"))


# A hot loop whose body has try/except/finally: the normal path runs compiled, an
# exception (from a native here) is unwound by the eval loop, and the loop runs on.
def hot_try(n):
    total = 0
    errors = 0
    cleanups = 0
    for i in range(n):
        try:
            try:
                total += int("12x"[: 1 + i % 3])
            except ValueError:
                errors += 1
        finally:
            cleanups += 1
    return total, errors, cleanups


print("hot", hot_try(5000))


# The finally body raises while a return is pending: the exception wins.
def finally_raises(i):
    try:
        return i
    finally:
        if i == 2500:
            log.append(1 // (i - i))


caught = 0
for i in range(3000):
    try:
        finally_raises(i)
    except ZeroDivisionError as e:
        caught += 1
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print("finally raised", e, "at line", tb.tb_lineno, tb.tb_frame.f_code.co_name)
print("caught", caught)


# The finally body returns a value of its own, or swallows the return with a break.
def finally_overrides(i):
    try:
        return i
    finally:
        if i % 100 == 0:
            return "override"


def finally_breaks(n):
    out = []
    for k in range(n):
        try:
            return k
        finally:
            out.append(k)
            if k < 2:
                continue
    return out


print("override", sum(1 for i in range(3000) if finally_overrides(i) == "override"))
print("breaks", [finally_breaks(3) for _ in range(300)][-1])


# A frame that escapes in its finally body (sys._getframe) keeps its locals: its return
# is the eval loop's.
held = []


def escapes(i):
    secret = i * 3
    try:
        return secret
    finally:
        if i == 1500:
            held.append(sys._getframe())


print("escapes", sum(escapes(i) for i in range(3000)), held[0].f_locals["secret"])


# An exception from a call in the finally body is caught by a try around the return.
def inner_catch(i):
    try:
        try:
            return i
        finally:
            if i % 1000 == 999:
                {}[i]
    except KeyError as e:
        return ("key", e.args[0])


print("inner catch", [r for r in (inner_catch(i) for i in range(3000)) if isinstance(r, tuple)])


# Generators with try/finally around their yields: closing one runs its finally bodies.
def gen_cleanup(n, out):
    try:
        for k in range(n):
            try:
                yield k
            finally:
                out[0] += 1
    finally:
        out[1] += 1


out = [0, 0]
s = 0
for j in range(200):
    g = gen_cleanup(20, out)
    for v in g:
        if v == 15 and j % 2:
            break
        s += v
    g.close()
print("generators", s, out)


# Recursion through try/finally, deeper than compiled bodies nest on the JavaScript stack.
def deep(n, box):
    try:
        if n == 0:
            return 0
        return 1 + deep(n - 1, box)
    finally:
        box[0] += 1


sys.setrecursionlimit(12000)
b = [0]
print("deep", deep(10000, b), b)


# Called by natives (a sort key, map) and returning through a finally body.
def key(x):
    try:
        return -x
    finally:
        log.append(x)


print("sorted", sorted(range(2000), key=key)[:3], len(log), sum(map(key, range(1000))))


# An error in the body of a try/finally, in a function compiled long before: the
# traceback still names every line.
def positive(i):
    if i <= 0:
        raise ValueError(i)


def fails(i):
    try:
        positive(i)
        return i
    finally:
        log.append(i)


for i in range(1000, -1, -1):
    fails(i)
