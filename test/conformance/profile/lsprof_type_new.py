# A type's __new__ (CPython's tp_new_wrapper) is a built-in method bound to its type: its repr,
# __self__, __qualname__, the profile hook's argument, and one cProfile entry shared by every type.
import sys
import cProfile


def masked(s):
    return s.split(' at 0x')[0]


class B:
    pass


class S:
    def __new__(cls, *args):
        return object.__new__(cls)


for f in [object.__new__, int.__new__, type.__new__, B.__new__, tuple.__new__, super.__new__]:
    print(masked(repr(f)), type(f).__name__, f.__name__, f.__qualname__, f.__self__, f.__module__)
print(object.__new__ == object.__new__, object.__new__ is B.__new__, int.__new__ == str.__new__)

seen = []
sys.setprofile(lambda frame, event, arg: seen.append((event, getattr(arg, '__qualname__', None))))
object.__new__(B)
int.__new__(int, 5)
sys.setprofile(None)
print(seen[:4])

T = [0]


def timer():
    T[0] += 1
    return T[0]


pr = cProfile.Profile(timer, 1.0)
pr.enable()
object.__new__(B)
int.__new__(int, 3)
tuple.__new__(tuple, [1])
S()
S()
pr.disable()
for e in sorted(pr.getstats(), key=lambda e: masked(str(e.code))):
    if isinstance(e.code, str):
        print(masked(e.code), e.callcount, e.totaltime)
    else:
        print(e.code.co_name, e.callcount, [(masked(c.code), c.callcount) for c in e.calls or []])
