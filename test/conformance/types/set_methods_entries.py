# set.remove / set.pop through fixed-arity entries, `in` on sets (and frozensets, and
# subclasses with their own __contains__) straight from contains, in loops long enough to
# be compiled; errors as CPython words them.
class S(set):
    def __contains__(self, x):
        return x == "magic" or set.__contains__(self, x)


s, fs, sub = set(range(10)), frozenset(range(5)), S([1, 2])
hits = [0, 0, 0, 0]
for i in range(400):
    k = i % 12
    hits[0] += k in s
    hits[1] += k in fs
    hits[2] += k in sub
    hits[3] += "magic" in sub
print(hits)
for i in range(300):
    s.add(i % 13)
    if i % 13 in s:
        s.remove(i % 13)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    [] in s
except TypeError as e:
    print("TypeError", e)
print({frozenset({1})} and (frozenset({1}) in {frozenset({1})}), {1} in {frozenset({1})})
p = set(range(300))
popped = [p.pop() for _ in range(250)]
print(len(p), sorted(popped)[:5])
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    s.remove()
except TypeError as e:
    print("TypeError", e)
