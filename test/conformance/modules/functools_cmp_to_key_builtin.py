import functools
print(type(functools.cmp_to_key), functools.cmp_to_key)
print(functools.cmp_to_key.__name__, functools.cmp_to_key.__module__, functools.cmp_to_key.__qualname__)
class T:
    k = functools.cmp_to_key
key = T().k(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), sorted('bca', key=T.k(lambda a, b: (a < b) - (a > b))))
try: functools.cmp_to_key()
except TypeError as e: print(e)
try: functools.cmp_to_key(1, 2)
except TypeError as e: print(e)
try: functools.cmp_to_key(foo=1)
except TypeError as e: print(e)
k = functools.cmp_to_key(mycmp=lambda a, b: a - b)
print(k(1) < k(2), k(2) <= k(1), k(3) == k(3))
try: hash(k(1))
except TypeError as e: print(e)
