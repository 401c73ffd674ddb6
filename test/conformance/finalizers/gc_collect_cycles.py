# gc.collect() finalises cycles holding objects with __del__, returns how many unreachable objects it found
import gc
class N:
    def __init__(self, name): self.name = name; self.other = None
    def __del__(self): print('del', self.name)
a = N('a'); b = N('b'); a.other = b; b.other = a
del a, b
print('dropped cycle')
print('collected', gc.collect())
print('again', gc.collect())
s = N('self'); s.other = s
s = None
c = N('c'); c.other = [c, N('inner')]
c = None
print('before collect')
print('collected', gc.collect())
keep = N('keep'); keep.other = keep
print('collected', gc.collect())
print('end')
