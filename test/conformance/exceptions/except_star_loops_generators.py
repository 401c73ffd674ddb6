# except* in hot loops (compiled code leaves at CHECK_EG_MATCH) and in generators: yields inside
# clauses, throw() into a try/except*, close() of a generator suspended in a clause.
def f(i):
    try:
        if i % 3 == 0:
            raise ExceptionGroup("eg", [ValueError(i), TypeError(i)])
        elif i % 3 == 1:
            raise ValueError(i)
        x = i
    except* ValueError as g:
        n = len(g.exceptions)
    except* TypeError:
        n = -1
    else:
        n = 0
    return n
total = 0
for i in range(3000):
    total += f(i)
    try:
        try:
            raise ExceptionGroup("x", [KeyError(i), OSError(i)])
        except* KeyError:
            total += 1
    except* OSError as e:
        total += len(e.exceptions)
print(total)
def gen():
    for i in range(3):
        try:
            yield i
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            yield repr(e)
            try:
                raise KeyError(i)
            except* KeyError:
                yield 'inner'
print(list(gen()))
def gen2():
    try:
        yield 1
    except* ValueError as e:
        yield repr(e)
g = gen2(); next(g); print(g.throw(ValueError(5)))
try:
    g.close()
except BaseException as e:
    print(type(e).__name__, repr(e))
print(g.gi_frame)
g = gen2(); next(g)
print(g.throw(ExceptionGroup("t", [ValueError(1), KeyError(2)])))
try:
    g.close()
except BaseException as e:
    print("close", type(e).__name__, repr(e))
