# Counter counting and lru_cache hash a key once (CPython's known-hash lookups), also in a dict that holds str keys
import collections
import functools
log = []
class Caseless(str):
    def __hash__(self):
        log.append(("hash", str(self)))
        return hash(str(self).lower())
    def __eq__(self, other):
        log.append(("eq", str(self), str(other)))
        return str(self).lower() == str(other).lower()
print(collections.Counter(["a", Caseless("A"), "b"]), log); log.clear()
counts = collections.Counter(a=1)
counts.update([Caseless("A"), Caseless("B")])
print(counts, log); log.clear()
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self):
        log.append(("hash", self.v))
        return self.v % 3
    def __eq__(self, other):
        log.append(("eq", self.v, other.v))
        return self.v == other.v
@functools.lru_cache(maxsize=None)
def double(k):
    return k.v * 2
for k in (Key(1), Key(1), Key(4), Key(2)):
    print(double(k), log); log.clear()
