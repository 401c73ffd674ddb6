import heapq
import bisect
import random

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 6), data)
print(heapq.nlargest(3, [1, 5, 3, 9, 2]), heapq.nsmallest(2, [1, 5, 3, 9, 2]), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]))
print(heapq.nsmallest(2, ['ccc', 'a', 'bb'], key=len), heapq.nlargest(2, [(1, 'a'), (3, 'b'), (3, 'c')], key=lambda p: p[0]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge([7, 4], [8, 2], reverse=True)), list(heapq.merge()))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
while tasks:
    print(heapq.heappop(tasks))
random.seed(7)
nums = [random.randrange(1000) for _ in range(2000)]
h = []
for n in nums:
    heapq.heappush(h, n)
print([heapq.heappop(h) for _ in range(2000)] == sorted(nums))
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 8, 0, 3))
bisect.insort(a, 3); bisect.insort_left(a, 2); bisect.insort_right(a, 9); print(a)
pairs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(pairs, 3, key=lambda p: p[0]), bisect.bisect_right(pairs, 3, key=lambda p: p[0]))
bisect.insort(pairs, (4, 'z'), key=lambda p: p[0]); print(pairs)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
for label, f in [('push int', lambda: heapq.heappush(1, 2)), ('pop empty', lambda: heapq.heappop([])), ('replace empty', lambda: heapq.heapreplace([], 1)),
                 ('heapify tuple', lambda: heapq.heapify((1,))), ('push 3 args', lambda: heapq.heappush([], 1, 2)), ('pop int', lambda: heapq.heappop(1)),
                 ('mixed', lambda: heapq.heapify([3, 'a'])), ('lo neg', lambda: bisect.bisect([1, 2], 1, -1)), ('hi str', lambda: bisect.bisect_left([1, 2], 1, 0, 'a')),
                 ('no len', lambda: bisect.bisect_left(1, 1))]:
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
