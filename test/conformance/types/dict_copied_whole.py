# A dict's keys, values or items taken whole (list(), tuple(), sorted(), sum(), a list's
# extend) in one copy of its table, against iterators already started, keys stored as an
# equal object (True, 1.0), dicts changed meanwhile and subclasses of list.
d = {i * 7 % 50: str(i) for i in range(50)}
print(list(d)[:5], list(d.values())[:5], list(d.items())[:3], len(list(d.items())))
print(tuple(d)[:4], tuple(d.items())[-2:], sorted(d)[:4], sorted(d.items())[:2])
e = {True: 'a', 2: 'b', 3.0: 'c', 'x': 1, (1, 2): 2}
print(list(e), list(e.items()), [type(k).__name__ for k in list(e)])
print(sum(e[k] for k in e if isinstance(e[k], int)), sum({1: 0, True: 5}.keys()))
nums = {i: i * i for i in range(1000)}
print(sum(nums.values()), sum(nums), sum(nums.values(), 10), sum(nums.keys(), -1))
print(sum({1: 2 ** 60, 2: 2 ** 60, 3: 2 ** 60}.values()), sum({1: 1.5, 2: 2}.values()), sum({}.values()))
print(sum({'a': [1], 'b': [2]}.values(), []))
it = iter(d.values())
next(it)
print(list(it)[:3], list(it))
it = iter(nums.values())
print(sum(it), sum(it), list(it))
it = iter(d.items())
print(len(list(it)), next(it, 'done'))
for kind in ('keys', 'values', 'items'):
    m = {1: 1, 2: 2}
    it = iter(getattr(m, kind)())
    m[3] = 3
    try:
        print(list(it))
    except RuntimeError as exc:
        print(kind, 'RuntimeError', exc)
m = {1: 1, 2: 2}
it = iter(m.values())
m[1] = 10
print(list(it), sum(iter({5: 5}.values())))

class L(list):
    pass

l = L(d)
print(type(l).__name__, l[:3])
l2 = [0]
l2.extend(nums.keys())
print(len(l2), l2[:3])
l3 = []
l3.extend(e.items())
print(l3)
print(min([5, 3, 9, 3]), max([5, 3, 9, 3]), min((4, 2, 8)), max([-1]), min([2 ** 70, 5]), max([1, 2.5, 2]))
print(min([3, True, 1]), max([1, True]), min(['b', 'a']), max([0, 1, False]), min([], default='empty'))
big = list(range(10000, 0, -1))
print(min(big), max(big), min(big + ['x'] if False else big), sum(big), sum(tuple(big)))
try:
    min([1, 'a'])
except TypeError as exc:
    print('TypeError', exc)
try:
    sum([1, 'a'])
except TypeError as exc:
    print('TypeError', exc)
print(sum([2 ** 52, 2 ** 52, 2 ** 52]), sum([1, 2, 3], 0.5), sum([True, True, 3]))
