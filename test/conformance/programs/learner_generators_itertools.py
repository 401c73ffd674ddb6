import itertools, collections
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("reset on", e)
            total = count = 0
            avg = None
            continue
        except GeneratorExit:
            print("closing averager")
            raise
        total += x; count += 1
        avg = total / count
a = averager(); next(a)
print(a.send(10), a.send(20), a.throw(ValueError("x")), a.send(5))
a.close(); a.close()
try: a.send(1)
except StopIteration as e: print("SI", e.value)
def g2():
    try:
        yield 1
    finally:
        yield 2
g = g2(); next(g)
try: g.close()
except RuntimeError as e: print("RE", e)
def sub():
    x = yield "s1"
    print("sub got", x)
    y = yield "s2"
    return x + y
def outer():
    r = yield from sub()
    print("sub returned", r)
    yield r * 10
o = outer()
print(next(o), o.send(3), o.send(4))
def ticker():
    try:
        yield from itertools.count()
    except KeyError:
        yield "caught key"
t = ticker(); print(next(t), next(t), t.throw(KeyError))
def take(n, it): return list(itertools.islice(it, n))
def tail(n, it): return iter(collections.deque(it, maxlen=n))
def roundrobin(*its):
    nexts = itertools.cycle(iter(i).__next__ for i in its)
    pending = len(its)
    while pending:
        try:
            for n in nexts: yield n()
        except StopIteration:
            pending -= 1
            nexts = itertools.cycle(itertools.islice(nexts, pending))
def unique_everseen(it, key=None):
    seen = set()
    for e in it:
        k = e if key is None else key(e)
        if k not in seen:
            seen.add(k); yield e
def grouper(it, n, fill=None):
    return itertools.zip_longest(*[iter(it)] * n, fillvalue=fill)
def powerset(s):
    s = list(s)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s)+1))
print(take(5, itertools.count(1, 0.5)), list(tail(3, range(10))))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(powerset([1, 2, 3])))
print(list(itertools.permutations("abc", 2)), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.combinations_with_replacement("ab", 3)))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.compress("abcdef", [1, 0, 1])))
it1, it2 = itertools.tee(iter([1, 2, 3]))
print(list(it1), list(it2), list(itertools.repeat("x", 3)))
gen = (x * x for x in range(3))
print(gen.__name__, gen.__qualname__, list(gen), list(gen))
def running():
    v = 0
    while True:
        v += yield v
r = running(); next(r)
print([r.send(i) for i in range(5)])
def bad():
    yield 1
    raise StopIteration("oops")
try: list(bad())
except RuntimeError as e: print("RE", e, repr(e.__cause__))
g = (i for i in range(3))
print(g.gi_running, g.gi_frame is not None, next(g), g.gi_frame.f_lineno)
def fibg():
    a, b = 0, 1
    while True:
        yield a; a, b = b, a + b
print(list(itertools.islice(fibg(), 10, 20, 3)))
def gen_return():
    yield 1
    return "done"
gr = gen_return(); next(gr)
try: next(gr)
except StopIteration as e: print(repr(e), e.value, e.args)
print(next(iter([]), "default"), list(zip(*[(1, 'a'), (2, 'b')])))
try:
    print(list(zip([1, 2], [3], strict=True)))
except ValueError as e:
    print(e)
