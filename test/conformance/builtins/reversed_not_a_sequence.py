# reversed() of what is not a reversible sequence: no __getitem__, __reversed__ = None, a dict
# subclass, and a __getitem__ without __len__ (whose len() fails).
class NoLen:
    def __getitem__(self, i):
        return i
class Off:
    __reversed__ = None
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 2
class D(dict):
    pass
class Seq:
    def __getitem__(self, i):
        return 'abc'[i]
    def __len__(self):
        return 3
for o in (NoLen(), Off(), D(a=1), object(), 5, Seq()):
    try:
        print(list(reversed(o)))
    except TypeError as e:
        print('TypeError', e)
