# %x/%o/%X and %d/%i of an object whose __index__ or __int__ returns a non-int (or raises):
# a TypeError becomes the format's own 'is required' message, as CPython's formatlong.
class K0:
    def __index__(self): return 'x'
class K1:
    def __int__(self): return 'y'
class K2:
    def __index__(self): raise ValueError('no')
for fmt in ('%x', '%o', '%X', '%d', '%i'):
    for v in (K0(), K1(), K2(), 2.5, 'a'):
        try:
            print(fmt % v)
        except Exception as e:
            print(fmt, type(e).__name__, e)
