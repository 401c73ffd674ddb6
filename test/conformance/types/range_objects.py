# range objects: repr, len, indexing, slicing, containment, equality
r = range(2, 20, 3)
print(r, repr(range(5)), range(0, 10, 1), range(10, 0, -2))
print(len(r), r[0], r[-1], r[2], list(r))
print(r[1:4], r[::-1], r[::2], list(r[::-1]))
print(5 in r, 6 in r, 20 in r, -1 in range(-5, 0))
print(r.start, r.stop, r.step, r.index(8), r.count(8))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2))
big = range(10 ** 20)
print(big[-1], big[10 ** 19], 10 ** 19 in big, big[::10 ** 19])
print(list(range(5, -5, -3)), len(range(5, -5, -3)))
print(bool(range(0)), bool(range(1)), type(r).__name__)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(9)
except ValueError as e:
    print("ValueError:", e)
print(sum(range(101)), max(range(7)), list(reversed(range(3))))
