# set operators |, &, -, ^, comparisons and in-place forms
a = {0, 1, 2, 3}
b = {2, 3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {1})
print({1, 2} == {2, 1}, {1} != {1, 2}, {1, 2} >= {3})
c = set(a)
c |= {6}
print(c)
c &= {1, 2, 6, 7}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
print(3 in a, 7 not in a, len(a | b))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(sorted({5, 1, 3} | {2}), sum({1, 2, 3}), max({4, 7, 1}))
