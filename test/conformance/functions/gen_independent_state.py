# each generator object keeps independent state and local variables
def counter(name, n):
    for i in range(n):
        yield f"{name}{i}"
a = counter("a", 3)
b = counter("b", 2)
print(next(a), next(b), next(a), next(b), next(a))
print(list(b), list(a))
def running_sum():
    total = 0
    while True:
        x = yield total
        total += x
r1 = running_sum()
r2 = running_sum()
next(r1)
next(r2)
print(r1.send(5), r2.send(100), r1.send(5), r2.send(1))
def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter("abc"), iter([1]), iter((True, False)))))
