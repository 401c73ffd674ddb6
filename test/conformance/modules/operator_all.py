# operator.__all__: the public names, as CPython lists them.
import operator
print(operator.__all__)
from operator import *
print(add(1, 2), itemgetter(1)("ab"), is_not(1, None))
