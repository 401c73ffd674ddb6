# Sorting and searching algorithms with step counters and traces.
import bisect
import heapq
from functools import cmp_to_key


class Counter:
    def __init__(self):
        self.comparisons = 0
        self.swaps = 0

    def __repr__(self):
        return f"Counter(cmp={self.comparisons}, swaps={self.swaps})"


def merge_sort(a, c, depth=0, trace=False):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left = merge_sort(a[:mid], c, depth + 1, trace)
    right = merge_sort(a[mid:], c, depth + 1, trace)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        c.comparisons += 1
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:]); out.extend(right[j:])
    if trace:
        print("  " * depth + f"merge {left} + {right} -> {out}")
    return out


def quick_sort(a, c, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo >= hi:
        return
    pivot = a[(lo + hi) // 2]
    i, j = lo, hi
    while i <= j:
        while (c.__setattr__('comparisons', c.comparisons + 1) or a[i] < pivot):
            i += 1
        while a[j] > pivot:
            c.comparisons += 1
            j -= 1
        if i <= j:
            a[i], a[j] = a[j], a[i]
            c.swaps += 1
            i += 1; j -= 1
    quick_sort(a, c, lo, j)
    quick_sort(a, c, i, hi)


def heap_sort(a, c):
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end:
                c.comparisons += 1
                if a[child] < a[child + 1]:
                    child += 1
            c.comparisons += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                c.swaps += 1
                root = child
            else:
                return
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        c.swaps += 1
        sift(0, end - 1)


def radix_sort(a, base=10):
    if not a:
        return a
    m = max(a)
    exp = 1
    passes = 0
    while m // exp > 0:
        buckets = [[] for _ in range(base)]
        for x in a:
            buckets[(x // exp) % base].append(x)
        a = [x for b in buckets for x in b]
        passes += 1
        print(f"  pass {passes} (exp={exp:>4}): {a}")
        exp *= base
    return a


def binary_search(a, x):
    lo, hi, steps = 0, len(a) - 1, 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) >> 1
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1), steps


data = [38, 27, 43, 3, 9, 82, 10, 3, 55, 1]
c = Counter()
print("merge:", merge_sort(data, c, trace=True), c)
q = data[:]; c = Counter(); quick_sort(q, c); print("quick:", q, c)
h = data[:]; c = Counter(); heap_sort(h, c); print("heap: ", h, c)
print("radix:"); r = radix_sort(data); print(" ", r)
assert r == sorted(data) == q == h

s = sorted(set(data))
for x in (1, 9, 10, 50, 82, 100, -5):
    idx, steps = binary_search(s, x)
    print(f"search {x:>3}: idx={idx:>3} steps={steps} bisect_left={bisect.bisect_left(s, x)} bisect_right={bisect.bisect_right(s, x)}")

grades = "FDCBA"
def grade(score, breakpoints=(60, 70, 80, 90)):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100)])

ins = []
for v in (5, 1, 4, 1, 5, 9, 2, 6):
    bisect.insort(ins, v)
print("insort:", ins)
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
ages = [p[1] for p in people]
i = bisect.bisect_left(ages, 30)
print("first >=30:", people[i])
print("bisect key:", bisect.bisect_left(people, 35, key=lambda p: p[1]))

print("nsmallest:", heapq.nsmallest(3, data), "nlargest:", heapq.nlargest(3, data, key=lambda v: -v))
print("merged:", list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
print("merged rev:", list(heapq.merge([9, 4, 1], [10, 3, 2], reverse=True)))

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = "pear fig apple kiwi banana date plum".split()
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
k = cmp_to_key(by_len_then_alpha)
print(k("fig") < k("kiwi"), k("fig") == k("fig"), k("pear") >= k("plum"))
try:
    hash(k("x"))
except TypeError as e:
    print("TypeError:", e)
