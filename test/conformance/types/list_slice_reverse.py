# list[a:b:-1] (tpy: V8's slice and reverse): every kind of bound, empty lists and results,
# a copy independent of its source.
l = list(range(10))
for sl in [slice(None, None, -1), slice(5, None, -1), slice(None, 5, -1), slice(8, 2, -1), slice(2, 8, -1), slice(-1, -11, -1), slice(-3, -20, -1), slice(100, -100, -1), slice(0, None, -1), slice(None, 0, -1), slice(-100, None, -1), slice(9, 9, -1)]:
    print(sl, l[sl], [][sl], [1][sl])
big = list(range(100000))
r = big[::-1]
print(r[:3], r[-3:], len(r), big[50000:10:-1][:3], len(big[50000:10:-1]))
r[0] = 'x'
print(big[-1])
