# `del o[k]` in compiled loops and in generator bodies resumed often enough to be compiled:
# dict, list, slices, a class's __delitem__, and the errors, as CPython.
def primes():
    D = {}
    q = 2
    while True:
        if q not in D:
            yield q
            D[q * q] = [q]
        else:
            for p in D[q]:
                D.setdefault(p + q, []).append(p)
            del D[q]
        q += 1

g = primes()
print([next(g) for _ in range(3000)][-5:])

class Log:
    def __init__(self):
        self.deleted = []
    def __delitem__(self, k):
        self.deleted.append(k)
        if k == 2500:
            raise IndexError('no %d' % k)

def dels(n, log):
    d = {i: i for i in range(n)}
    xs = list(range(n))
    for i in range(n):
        del d[i]
        if i % 2:
            del xs[-1]
        del log[i]
        if i % 1000 == 999:
            yield len(d), len(xs), len(log.deleted)

log = Log()
try:
    for t in dels(3000, log):
        print(t)
except IndexError as e:
    print('IndexError', e, len(log.deleted))

def missing(n):
    d = {}
    for i in range(n):
        d[i] = i
        del d[i]
        if i == n - 1:
            del d[i]
    return d
try:
    missing(3000)
except KeyError as e:
    print('KeyError', e)

def slices(n):
    xs = list(range(n))
    for i in range(n // 4):
        del xs[::50]
        if not xs:
            break
        xs.extend(range(3))
    return len(xs), xs[:5]
print(slices(2000))

def no_delete(n):
    t = (1, 2, 3)
    for i in range(n):
        if i == n - 1:
            del t[0]
try:
    no_delete(3000)
except TypeError as e:
    print('TypeError', e)
