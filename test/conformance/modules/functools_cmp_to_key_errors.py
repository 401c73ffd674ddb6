# cmp_to_key's keys: sorting with them, comparing them, and the type name messages give them.
from functools import cmp_to_key


def by_length(a, b):
    return len(a) - len(b)


K = cmp_to_key(by_length)
print(sorted(["ccc", "a", "bb"], key=K), K("ab") < K("abc"), K("ab") == K("xy"), K("abc") >= K("ab"))
for attempt in (lambda: hash(K("x")), lambda: {K("x"): 1}, lambda: {K("x")}):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
print(K("x").obj)
