# C[x] on a class: __class_getitem__ looked up as a class attribute (classmethod, staticmethod, implicit classmethod, metaclass __getitem__ first); None or missing is "not subscriptable"
class C_is_none(tuple):
    __class_getitem__ = None
try: C_is_none[int]
except TypeError as e: print(e)
class D:
    __class_getitem__ = None
try: D[int]
except TypeError as e: print(e)
class E:
    __class_getitem__ = "s"
try: E[int]
except TypeError as e: print(e)
class F:
    pass
try: F[int]
except TypeError as e: print(e)
class G:
    __class_getitem__ = staticmethod(lambda item: ("static", item))
print(G[int])
class H:
    @classmethod
    def __class_getitem__(cls, item): return ("cm", cls.__name__, item)
print(H[1, 2])
class I:
    def __class_getitem__(cls, item): return ("implicit cm", cls.__name__, item)
class J(I): pass
print(J["x"])
class M(type):
    def __getitem__(cls, item): return ("meta", item)
class K(metaclass=M):
    def __class_getitem__(cls, item): return "never"
print(K[0])
try: int[0]() 
except TypeError as e: print(e)
print(list[int], dict[str, int], tuple[()], type(list[int]).__name__, list[int](range(2)))
try: 5[0]
except TypeError as e: print(e)
try: None[0]
except TypeError as e: print(e)
try: print[0]
except TypeError as e: print(e)
