# copy and pickle of itertools.count and itertools.repeat (their __reduce__).
import copy, pickle
from itertools import count, repeat
from fractions import Fraction
for c in (count(), count(5), count(2**70), count(1.5), count(3, 2), count(Fraction(1, 2), Fraction(1, 3)), count(-3, 1)):
    next(c)
    print(repr(c), c.__reduce__(), repr(copy.copy(c)), repr(pickle.loads(pickle.dumps(c))), next(copy.deepcopy(c)))
for r in (repeat('a'), repeat('b', 3), repeat([1], 0)):
    print(repr(r), r.__reduce__(), list(copy.copy(r))[:2] if r.__reduce__()[1][1:] else repr(copy.copy(r)))
