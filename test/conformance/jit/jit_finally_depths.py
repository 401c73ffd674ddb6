# A loop or a yield in a finally block is reached with different operand stack depths: after
# a normal exit, a return, or an exception. Code compiled at one depth must not run at another
# (it lost the exception, or iterated None). Hot enough to be compiled at the default threshold.
class Runner:
    def inner(self, n):
        if n % 3 == 1:
            raise KeyError(n)
        return n

    def run(self, n):
        saved = {'a': 1, 'b': 2}
        seen = 0
        try:
            if n % 3 == 2:
                return -n
            return self.inner(n)
        finally:
            for key, entry in saved.items():
                seen += entry
            self.seen = seen


r = Runner()
results = {'value': 0, 'negative': 0, 'KeyError': 0}
for i in range(900):
    try:
        v = r.run(i)
        results['value' if v >= 0 else 'negative'] += 1
    except KeyError:
        results['KeyError'] += 1
    assert r.seen == 3
print(results)


def cleanup_yields(fail):
    try:
        yield 1
        if fail:
            raise ValueError('x')
    finally:
        yield 'cleanup'
        for k in (1, 2):
            yield ('cleanup', k)


outcomes = {}
for i in range(900):
    try:
        got = list(cleanup_yields(i % 2 == 1))
        key = repr(got)
    except ValueError as e:
        key = 'ValueError ' + str(e)
    outcomes[key] = outcomes.get(key, 0) + 1
print(outcomes)


def pairs(n):
    for i in range(n):
        try:
            if i % 2:
                raise KeyError(i)
            yield i
        except KeyError:
            pass
        finally:
            for k in (1, 2):
                yield ('fin', i, k)


print(list(pairs(6)))
print(sum(1 for _ in range(300) for _ in pairs(4)))
