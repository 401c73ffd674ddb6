# str * int and int * str (tpy's direct repetition), next to str and int subclasses with their
# own __mul__/__rmul__, bools, sizes too large, non-int counts, and *=.
class S(str):
    def __mul__(self, n): return 'S*%d' % n
    def __rmul__(self, n): return '%d*S' % n
class I(int):
    def __mul__(self, o): return 'I.mul'
    def __rmul__(self, o): return 'I.rmul'
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 5, 'é😀' * 2, S('x') * 2, 2 * S('x'), 'x' * I(2), I(2) * 'x', 'x' * True, False * 'x')
for bad in [(lambda: 'x' * 2 ** 62), (lambda: 'xy' * 2 ** 61), (lambda: 'x' * 2.0), (lambda: 'x' * 'y'), (lambda: 'abc' * (2 ** 53 - 1))]:
    try:
        print(len(bad()))
    except Exception as e:
        print(type(e).__name__, e)
s = 'ab'
s *= 3
print(s)
