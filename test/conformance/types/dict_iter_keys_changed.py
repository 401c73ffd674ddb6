# Deleting one key and adding another while iterating keeps the dict's size: CPython's
# iterator counts down the items it may still give and raises once it meets one more.
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 100] = 1
except RuntimeError as e:
    print(e, d)

d = {"a": 1, "b": 2, "c": 3}
it = iter(d)
print(next(it))
del d["b"]
d["z"] = 9
try:
    print(list(it))
except RuntimeError as e:
    print(e)
print(list(it))

d = {1: 1, 2: 2}
it = iter(d.values())
next(it)
del d[1]
d[5] = 5
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("values:", e)
print(list(it))

d = {"x": 1, "y": 2}
it = iter(d.items())
print(next(it))
d.pop("x")
d["w"] = 3
print(next(it))
try:
    print(dict(it))
except RuntimeError as e:
    print("items:", e)


def churn(rounds):
    # A hot loop (compiled) meets the same error.
    seen = []
    for _ in range(rounds):
        d = {"p": 0, "q": 1}
        try:
            for k in d:
                v = d.pop(k)
                d[k * 2] = v
        except RuntimeError as e:
            seen.append(str(e))
    return len(seen), seen[-1], d


print(churn(300))

# A changed size is still reported first.
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print(e)
