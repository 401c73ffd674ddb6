# Generators a for loop made and dropped unfinished are closed then, as CPython's reference counts do.
def gen(tag, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print('cleanup', tag)

for x in gen('break'):
    print('got', x)
    if x == 1:
        break
print('after break')

def first(tag):
    for x in gen(tag):
        return x
print('returned', first('return'))

try:
    for x in gen('raise'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

for x in gen('exhausted', 2):
    pass
print('after exhaustion')

for i in range(2):
    for x in gen(f'inner{i}'):
        if x == 1:
            break
    print('outer', i)

class Tree:
    def __iter__(self):
        try:
            yield 'leaf'
            yield 'leaf2'
        finally:
            print('tree iterator closed')
for leaf in Tree():
    print(leaf)
    break
print('after tree')

# Not owned by the loop: still suspended afterwards, as in CPython.
g = gen('kept')
for x in g:
    break
print('kept next', next(g))
def ident(it):
    return it
g2 = gen('ident')
for x in ident(g2):
    break
for x in iter(g2):
    break
print("ident next", next(g2))
g.close()
g2.close()

# Hot loops (compiled) close them too.
count = 0
def counted():
    global count
    try:
        yield 1
        yield 2
    finally:
        count += 1
for i in range(3000):
    for x in counted():
        break
print('closed', count)
def hot():
    n = 0
    for i in range(3000):
        for x in counted():
            n += x
            break
    return n
print(hot(), count)
def early_return():
    for x in counted():
        return x
print(sum(early_return() for _ in range(500)), count)

# A generator handed on (to a generator expression, to map) is not the loop's: a later break
# elsewhere leaves it alone.
def gen3():
    try:
        yield 1; yield 2; yield 3
    finally:
        print('gen3 closed')
g4 = (x for x in gen3())
for i in range(2):
    break
print(list(g4))
def handed_on():
    g5 = (x * 2 for x in gen3())
    for i in range(3):
        if i == 1:
            break
    return list(g5)
print(handed_on())
m = map(str, gen3())
for i in range(2):
    break
print(list(m))
