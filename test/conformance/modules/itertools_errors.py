from itertools import *

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

attempt('count str', lambda: count('a'))
attempt('count step', lambda: count(1, 'a'))
attempt('islice neg', lambda: islice([1], -1))
attempt('islice str', lambda: islice([1], 'a'))
attempt('islice start', lambda: islice([1], -1, 2))
attempt('islice step', lambda: islice([1], 0, 1, 0))
attempt('islice few', lambda: islice([1]))
attempt('islice many', lambda: islice([1], 1, 2, 3, 4))
attempt('tee neg', lambda: tee([1], -1))
attempt('comb neg', lambda: combinations('abc', -1))
attempt('perm neg', lambda: permutations('abc', -1))
attempt('perm str', lambda: permutations('abc', 'x'))
attempt('product neg', lambda: product('ab', repeat=-1))
attempt('cycle none', lambda: cycle())
attempt('zip_longest kw', lambda: zip_longest([1], fillvalue=0, x=1))
attempt('repeat times', lambda: repeat(1, 'a'))
attempt('chain lazy', lambda: list(chain(1)))
attempt('next empty cycle', lambda: next(cycle([])))
attempt('not iterable', lambda: accumulate(5))
