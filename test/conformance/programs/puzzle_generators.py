# Generator pipelines for puzzles: infinite streams, send/throw/close, yield from return values, itertools glue
import itertools as it
from functools import reduce, partial
import operator


def primes():
    composites = {}
    for n in it.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(p + n, []).append(p)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(it.islice(primes(), 15)), next(it.dropwhile(lambda p: p < 1000, primes())))
print(list(it.takewhile(lambda f: f < 200, fib())), sum(f for f in it.takewhile(lambda f: f < 4_000_000, fib()) if f % 2 == 0))
print(list(it.accumulate(range(1, 11), operator.mul))[-3:], list(it.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(it.accumulate([1, 2, 3], initial=100)))
print([list(g) for k, g in it.groupby(sorted("mississippi"))], [(k, sum(1 for _ in g)) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in it.groupby(range(12), key=lambda x: x // 4)], list(it.pairwise(range(5))))
print(list(it.zip_longest("abc", [1, 2], [True], fillvalue="~")), list(it.chain.from_iterable(zip("abc", "xyz"))))
print(list(it.product(range(2), repeat=3))[:4], len(list(it.combinations(range(10), 3))), list(it.combinations_with_replacement("ab", 3)))
print(list(it.starmap(operator.pow, zip(range(5), it.repeat(2)))), list(it.compress(range(10), it.cycle([1, 0, 0]))), list(it.filterfalse(str.isdigit, "a1b2c3")))
print(reduce(operator.or_, [{1}, {2}, {3}]), reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]), reduce(operator.add, [], "empty"))
base2 = partial(int, base=2)
print(base2("1011"), partial(pow, 2)(10), partial(sorted, key=len)(["ccc", "a", "bb"]), base2.keywords, base2.func is int)


def running_average():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError:
            total = count = 0
            avg = "reset"
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return f"done after {count}"


g = running_average()
print(next(g), g.send(10), g.send(20), g.send(45), g.throw(ValueError), g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)


def inner():
    x = yield 1
    y = yield x * 2
    return x + y


def outer():
    result = yield from inner()
    yield f"inner returned {result}"


o = outer()
print(next(o), o.send(5), o.send(7))
closer = fib()
next(closer)
closer.close()
print(next(closer, "closed"), list(closer))


def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")


c = cleanup()
print(next(c))
c.close()
t1, t2 = it.tee(fib(), 2)
print([next(t1) for _ in range(5)], [next(t2) for _ in range(3)], next(t1))
squares = (n * n for n in range(10))
print(5 in squares, list(squares), sum(x for x in range(100) if x % 7 == 0), any(x > 8 for x in range(10)), all([]))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])), list(filter(None, [0, 1, "", "a", None, [], [0]])), list(zip(*[(1, "a"), (2, "b")])))
batches = [list(b) for b in iter(partial(next, iter([(1, 2), (3, 4), ()])), ())]
print(batches, list(iter([3, 2, 1, 0, 5].pop, 0)))
