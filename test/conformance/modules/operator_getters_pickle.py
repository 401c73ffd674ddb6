# operator.attrgetter and methodcaller reduce, pickle and copy (methodcaller's keywords through functools.partial)
import copy
import operator
import pickle

class O:
    def __init__(self):
        self.x = 1

    def f(self, a, k=0):
        return a + k

print(operator.attrgetter("a.b", "c").__reduce__())
print(operator.methodcaller("f", 1).__reduce__())
print(operator.methodcaller("f", 1, k=2).__reduce__())
print(operator.itemgetter(1, 2).__reduce__())
print(pickle.loads(pickle.dumps(operator.itemgetter(1, 2)))([0, 1, 2]))
print(pickle.loads(pickle.dumps(operator.attrgetter("x")))(O()))
print(pickle.loads(pickle.dumps(operator.methodcaller("f", 2)))(O()))
mc = pickle.loads(pickle.dumps(operator.methodcaller("split", ",", maxsplit=1)))
print(mc, mc("a,b,c"))
print(copy.copy(operator.attrgetter("real"))(3), copy.deepcopy(operator.methodcaller("upper"))("x"))
print(copy.deepcopy(operator.methodcaller("f", 5, k=1))(O()))
