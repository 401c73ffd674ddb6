# 3.11 starred items in a subscript next to slices: a[1:2, *b] (load, store, del, in a hot loop)
class S:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
s = S(); b = [1, 2]
print(s[*b], s[1:2, *b], s[*b, 3:4], s[::2, *b, ...], s[*b,], s[*()])
s[*b] = 0
s[1:2, *b] = 1
del s[1:, *b]
s = S(); b = [1, 2]; t = 0
def f():
    n = 0
    for i in range(3000):
        n += len(s[i:, *b])
    return n
print(f())
for i in range(3000): t += len(s[::i, *b, i])
print(t)
