# heapq.nsmallest/nlargest/merge beyond the basics: n of 0, 1, negative and past the end, iterators (consumed once), keys with ties (stable), dicts, and merge with keys, reverse, empty inputs and generators
import heapq

def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

data = [5, 1, 8, 3, 9, 2, 7, 3]
for n in [-2, 0, 1, 2, 3, 8, 20]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
it = iter([3, 1, 2, 5])
print(heapq.nsmallest(2, it), heapq.nlargest(2, it))
gen = (x * x % 7 for x in range(10))
print(heapq.nlargest(3, gen), list(gen))
pairs = [(1, 'a'), (0, 'x'), (1, 'b'), (2, 'c'), (0, 'y')]
for n in [1, 2, 3, 5, 9]:
    print(n, heapq.nsmallest(n, pairs, key=lambda p: p[0]), heapq.nlargest(n, pairs, key=lambda p: p[0]))
print(heapq.nsmallest(2, {'b': 1, 'a': 2, 'c': 0}), heapq.nlargest(2, 'hello'), heapq.nsmallest(3, range(100, 0, -7)))
print(heapq.nsmallest(1, []), heapq.nlargest(1, []), heapq.nsmallest(3, [], key=len))
print(heapq.nlargest(2, ['a', 'bbb', 'cc', 'ddd'], key=len), heapq.nsmallest(2, ['a', 'bbb', 'c', 'ddd'], key=len))
print(list(heapq.merge([1, 1, 2], [1, 2, 2], [0, 3])))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))
print(list(heapq.merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], key=lambda p: p[0], reverse=True)))
print(list(heapq.merge([], [1], [], [0, 2])), list(heapq.merge(iter([1, 3]), (x for x in [2, 4]))))
m = heapq.merge([1, 3], [2])
print(next(m), next(m), list(m))
print(list(heapq.merge('ace', 'bd')), list(heapq.merge([3, 1], [2], reverse=True)))
show('n int iterable', lambda: heapq.nsmallest(2, 5))
show('merge int', lambda: list(heapq.merge([1], 5)))
show('merge mixed', lambda: list(heapq.merge([1], ['a'])))
show('key raises', lambda: heapq.nsmallest(2, [1, 2, 3], key=lambda x: 1 / (x - 2)))
show('merge key raises', lambda: list(heapq.merge([1, 2], [3], key=lambda x: 1 / (x - 2))))
