# __eq__ without __hash__ makes instances unhashable; inheritance of __hash__ = None
class A:
    def __eq__(self, o): return True
print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print('TypeError:', e)
try:
    {A(): 1}
except TypeError as e:
    print('TypeError:', e)
try:
    {A()}
except TypeError as e:
    print('TypeError:', e)
class B(A): pass
try:
    hash(B())
except TypeError as e:
    print('TypeError:', e)
class C(A):
    __hash__ = object.__hash__
print(type(hash(C())).__name__)
class D:
    def __eq__(self, o): return True
    def __hash__(self): return 42
class E(D):
    def __eq__(self, o): return False
print(E.__hash__)
class F(D): pass
print(hash(F()))
class G:
    __hash__ = None
try:
    hash(G())
except TypeError as e:
    print('TypeError:', e)
import collections.abc
print(isinstance(A(), collections.abc.Hashable), isinstance(D(), collections.abc.Hashable))
class H:
    def __hash__(self): return 'x'
try:
    hash(H())
except TypeError as e:
    print('TypeError:', e)
class BigH:
    def __hash__(self): return 2**70
print(hash(BigH()) == hash(2**70))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class IH(int):
    def __eq__(self, o): return False
try:
    hash(IH(3))
except TypeError as e:
    print('TypeError:', e)
