# iterator classes and generator pipelines
import itertools
from collections.abc import Iterator, Iterable, Generator


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(4)
print(list(cd), list(reversed(cd)), len(cd), sum(cd), max(cd), 3 in cd, 9 in cd)
it = iter(cd)
print(next(it), next(it), list(it), next(it, "done"))
print(isinstance(it, Iterator), isinstance(cd, Iterator), isinstance(cd, Iterable))


class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Seq()), 9 in Seq(), list(zip(Seq(), "abc")), list(enumerate(Seq(), 1)))


def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def parse_kv(lines):
    for line in lines:
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"bad line {line!r}")
        yield key.strip(), value.strip()


CONFIG = """
# comment
name = demo
 port = 8080  # inline
debug=true

timeout = 2.5
"""
pipeline = parse_kv(strip_comments(read_lines(CONFIG)))
print(type(pipeline).__name__, isinstance(pipeline, Generator))
print(dict(pipeline))
try:
    dict(parse_kv(strip_comments(["a=1", "oops"])))
except ValueError as e:
    print("ValueError:", e)


def running_avg():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except GeneratorExit:
            print("closing averager at count", count)
            raise
        except ValueError:
            total = count = 0
            avg = None
            continue
        total += x
        count += 1
        avg = total / count


g = running_avg()
print(next(g), g.send(10), g.send(20), g.send(0))
print(g.throw(ValueError), g.send(4))
g.close()
print(g.gi_frame, g.gi_running)
try:
    g.send(1)
except StopIteration:
    print("stopped")


def chain_gen(*its):
    for it in its:
        r = yield from it
        print("sub returned", r)
    return "all done"


def sub(n):
    yield from range(n)
    return n * 100


gen = chain_gen(sub(2), sub(1))
try:
    while True:
        print("got", next(gen))
except StopIteration as e:
    print("value:", e.value)

nums = (x * x for x in range(10))
evens = filter(lambda x: x % 2 == 0, nums)
print(list(itertools.islice(evens, 3)), list(nums))
print(list(itertools.takewhile(lambda x: x < 5, itertools.count(1, 1.5))))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b, initial=10)))
print([(k, list(g)) for k, g in itertools.groupby("aaabccaa")])
print(list(itertools.pairwise("abcd")), list(itertools.batched("abcdefg", 3)) if hasattr(itertools, "batched") else "no batched")
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib_gen(), 5, 15, 2)))


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")


for x in gen_with_finally():
    print("x", x)
    break
print("after break")


def bad():
    yield 1
    raise StopIteration("inside")


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
print(gen.__name__, gen.__qualname__, fib_gen.__name__)
