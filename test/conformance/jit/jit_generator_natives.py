# Generators resumed by natives (sum, min, max, next, zip, sorted, any, dict, str.join) run
# their compiled bodies from yield to yield once hot: every value, return and error as CPython.
def squares(n):
    for i in range(n):
        yield i * i

row = [float(i) for i in range(50)]
col = [float(i % 7) for i in range(50)]
t = 0.0
for k in range(400):
    t += sum(a * b for a, b in zip(row, col))
print(t)
print(sum(sum(squares(k)) for k in range(300)))
print(min(x % 11 - 5 for x in range(3000)), max(squares(500)))
print(any(x > 2490 for x in range(3000)), all(x < 2990 for x in range(3000)))
print(len(dict((i, i * 2) for i in range(3000))), ','.join(str(x) for x in squares(12)))
print(sorted((x * 7) % 13 for x in range(400))[-5:])

# next() one value at a time, the return value in StopIteration, next() after the end.
def counted(n):
    total = 0
    for i in range(n):
        total += i
        got = yield i
        if got is not None:
            total += got
    return total
g = counted(3000)
s = 0
while True:
    try:
        s += next(g)
    except StopIteration as e:
        print('returned', e.value, s)
        break
print(next(g, 'done'))
g = counted(300)
next(g)
for i in range(250):
    g.send(1)
print(next(g), g.send(10))
g.close()
print(next(g, 'closed'))

# An error inside the body, raised into the native that resumed it, with its traceback line.
def failing(n):
    for i in range(n):
        if i == n - 1:
            raise ValueError('at %d' % i)
        yield i
for n in (10, 500, 2000):
    try:
        sum(failing(n))
    except ValueError as e:
        print('ValueError', e)

# A generator already running, resumed from inside itself.
def selfish():
    for i in range(400):
        if i == 350:
            next(me)
        yield i
me = selfish()
try:
    print(sum(me))
except ValueError as e:
    print('ValueError', e)

# zip stops at the shorter, leaving the longer suspended where it was.
a = squares(1000)
b = iter(range(700))
print(sum(x + y for x, y in zip(a, b)), next(a), next(a))
