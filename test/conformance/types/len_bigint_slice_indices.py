# len() of a __len__ past 2**53 (up to 2**63-1), its sign and overflow errors, and slice.indices over lengths and indices of any size
class A:
    def __len__(self): return 2**61
class B:
    def __len__(self): return 2**63
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
t('A', lambda: len(A()))
t('B', lambda: len(B()))
t('bool', lambda: bool(A()))
t('boolB', lambda: bool(B()))
t('rl', lambda: range(2**61).__len__())
t('rbool', lambda: bool(range(2**61)))
t('A.__len__', lambda: A().__len__())
t('idx', lambda: [1,2,3][2**61])
t('idx2', lambda: [1,2,3][2**70])
t('mul', lambda: [1]*2**61)
t('strmul', lambda: 'a'*2**70)
t('r', lambda: range(2**61)[2**60])
t('sl', lambda: range(2**62)[2**61:])
t('lh', lambda: __import__('operator').length_hint(range(2**61)))
t('si', lambda: slice(None).indices(10**20))
t('si2', lambda: slice(-5, None, -2**70).indices(10**20))
t('si3', lambda: slice(2**70, -2**70, 3).indices(7))
t('si4', lambda: slice(1, 2).indices(-1))
t('si5', lambda: slice(1, 2).indices('a'))
t('si6', lambda: slice(1, 2, 0).indices(3))
t('si7', lambda: slice('a', 2).indices(3))
t('neg', lambda: len(type('N', (), {'__len__': lambda s: -2**70})()))
t('neg2', lambda: len(type('N', (), {'__len__': lambda s: -1})()))
t('ssmin', lambda: len(type('N', (), {'__len__': lambda s: -2**63})()))
t('lenhint', lambda: reversed(range(2**64)).__length_hint__())
