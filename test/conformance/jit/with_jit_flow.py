# return, break and continue through `with` blocks in compiled loops and function bodies:
# __exit__ runs once each time, with Nones, in the right order with finally blocks.
class Count:
    def __init__(self, tag, log=None):
        self.tag = tag
        self.n = 0
        self.log = log
    def __enter__(self):
        if self.log is not None:
            self.log.append('+' + self.tag)
        return self
    def __exit__(self, t, v, tb):
        self.n += 1
        if self.log is not None:
            self.log.append('-' + self.tag + ('' if t is None else '!'))
        return False

def ret_in_with(cm, i):
    with cm:
        if i % 2:
            return 'odd'
        x = 'even'
    return x

def ret_nested(a, b, i):
    with a:
        with b as inner:
            return inner.tag + str(i)

def ret_value_expr(cm, i):
    with cm as c:
        return [c.tag, i, c.n]

def ret_in_try_finally(cm, log, i):
    try:
        with cm:
            return i
    finally:
        log.append('finally')

def ret_with_finally_inside(cm, log, i):
    with cm:
        try:
            return i * 2
        finally:
            log.append('fin')

def ret_from_loop(cm, items):
    for x in items:
        with cm:
            if x == 3:
                return x
    return None

def ret_while(cm):
    i = 0
    while True:
        with cm:
            i += 1
            if i == 5:
                return i

def calls(n):
    a = Count('a')
    b = Count('b')
    log = []
    r = []
    for i in range(n):
        r = [ret_in_with(a, i), ret_nested(a, b, i), ret_value_expr(b, i), ret_in_try_finally(a, log, i),
             ret_with_finally_inside(b, log, i), ret_from_loop(a, [1, 2, 3, 4]), ret_while(b)]
    return r, a.n, b.n, len(log), log[-2:]

def breaks(n):
    cm = Count('br')
    total = 0
    for i in range(n):
        for j in range(10):
            with cm:
                if j == 3:
                    break
                total += j
    k = 0
    while True:
        with cm:
            k += 1
            if k > n:
                break
    return total, k, cm.n

def continues(n):
    cm = Count('co')
    total = 0
    for i in range(n):
        with cm:
            if i % 2:
                continue
            total += i
    j = 0
    while j < n:
        j += 1
        with cm:
            if j % 3:
                continue
            total += 1
    return total, cm.n

def ordering(n):
    log = []
    for i in range(n):
        log.clear()
        for j in range(3):
            with Count('outer', log):
                try:
                    with Count('inner', log):
                        if j == 0:
                            continue
                        if j == 2:
                            break
                finally:
                    log.append('finally%d' % j)
    return log

def with_else(n):
    cm = Count('e')
    out = 0
    for i in range(n):
        for j in range(3):
            with cm:
                out += j
        else:
            out += 100
    return out, cm.n

def exception_then_return(n):
    log = []
    def f(i):
        with Count('x', log):
            try:
                raise ValueError(i)
            except ValueError:
                return i
    for i in range(n):
        f(i)
    return log[-4:]

print(calls(400))
print(breaks(400))
print(continues(400))
print(ordering(400))
print(with_else(400))
print(exception_then_return(400))
