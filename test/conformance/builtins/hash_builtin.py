# hash(): equal values have equal hashes; unhashable types raise TypeError
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0))
print(hash(42), hash(-7), hash(0), hash(10 ** 5))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(str()))
print(hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1, "a")))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(b"x") == hash(b"x"))
print(type(hash("x")).__name__, type(hash(1.5)).__name__)
for bad in ([], {}, set(), ([1],)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
# The empty str and bytes hash to 0 whatever the hash seed (and so does a tuple of them, deterministically).
print(hash(''), hash(b''), hash(('',)) == hash(('',)), hash(frozenset()))
