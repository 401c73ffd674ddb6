# A bank of generators and coroutines: send/throw/close, and the itertools toolbox.
import itertools as it
import operator
from functools import reduce


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager reset:", e)
            total = count = 0
            avg = None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def primed(gen_fn):
    def start(*a, **k):
        g = gen_fn(*a, **k)
        next(g)
        return g
    return start


@primed
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line.upper())
    finally:
        print("  grep closed")


@primed
def collector(out):
    while True:
        out.append((yield))


a = averager()
print(next(a), a.send(10), a.send(20), a.send(30))
print(a.throw(ValueError("bad data")))
print(a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)

out = []
g = grep("py", collector(out))
for line in ["tpy rocks", "js", "python", "happy"]:
    g.send(line)
g.close()
print(out, g.gi_running, g.gi_frame is None)


def delegator():
    result = yield from averager()
    print("  delegated result:", result)
    yield "done"


d = delegator()
next(d)
d.send(4); d.send(6)
print(d.send(None))


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def wrapper():
    r = yield from countdown(3)
    yield r


print(list(wrapper()))
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
t1, t2 = it.tee(iter(nums), 2)
print(list(it.islice(t1, 2, 8, 2)), list(t2)[:3])
print(list(it.chain.from_iterable(["ab", "cd", [1, 2]])), list(it.chain("x", range(2))))
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")), list(it.pairwise("abcd")))
print(list(it.accumulate(nums)), list(it.accumulate(nums, max)), list(it.accumulate(nums, operator.mul, initial=1))[:5])
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, nums)), list(it.takewhile(lambda x: x < 5, nums)), list(it.filterfalse(lambda x: x % 2, nums)))
for key, grp in it.groupby(sorted("mississippi")):
    print(key, len(list(grp)), end="; ")
print()
print([(k, list(g)) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1], key=lambda x: x % 2)])
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(4), 2))), list(it.combinations("abcd", 3)))
print(list(it.combinations_with_replacement("ab", 2)), list(it.islice(it.cycle("xyz"), 7)), list(it.batched("abcdefg", 3)) if hasattr(it, "batched") else "no batched")
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]), reduce(operator.add, [], "empty"))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")
def bad_gen():
    yield 1
    raise StopIteration("inner")
try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
c = closer(); next(c)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g2 = countdown(2)
print(g2.throw(KeyError, "k") if False else "skip", list(g2))
try:
    g3 = countdown(3); next(g3); g3.throw(KeyError("boom"))
except KeyError as e:
    print("KeyError:", e, g3.gi_frame)
running = None
def self_ref():
    yield running.send(None)
running = self_ref()
try:
    next(running)
except ValueError as e:
    print("ValueError:", e)
fibs = it.accumulate(it.repeat(None), lambda ab, _: (ab[1], ab[0] + ab[1]), initial=(0, 1))
print([a for a, b in it.islice(fibs, 12)])
print(sum(1 for _ in it.islice(it.count(), 0, 1000, 7)), list(map(operator.itemgetter(1, 0), [(1, 2), (3, 4)])))
print(list(it.islice("abcdef", None)), list(it.islice("abcdef", 4, None)), next(it.islice(it.count(5), 3, None)))
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
