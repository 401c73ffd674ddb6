# __bool__ / __len__ truthiness and their errors
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): print('bool'); return False
    def __len__(self): print('len'); return 5
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()))
print(not L(0), 'y' if L(2) else 'n')
for v in [1, 'x', None, 0.0]:
    try:
        bool(B(v))
    except TypeError as e:
        print('TypeError:', e)
for n in [-1, 2**64, 1.5, 'a']:
    try:
        bool(L(n))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
    try:
        len(L(n))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
class Idx:
    def __index__(self): return 4
class LI:
    def __len__(self): return Idx()
try:
    print(len(LI()))
except TypeError as e:
    print('TypeError:', e)
class BI(int): pass
class LB:
    def __len__(self): return True
print(len(LB()))
class BN:
    __bool__ = None
try:
    bool(BN())
except TypeError as e:
    print('TypeError:', e)
class W:
    def __bool__(self): return self
try:
    if W(): pass
except TypeError as e:
    print('TypeError:', e)
try:
    while B(3): pass
except TypeError as e:
    print('TypeError:', e)
print([x for x in [L(0), L(1), B(True)] if x].__len__())
print(L(0) or 'alt', L(1) and 'and')
