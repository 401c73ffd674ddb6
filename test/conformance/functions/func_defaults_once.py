# default values are evaluated once, so a mutable default is shared between calls
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def count_calls(cache={}):
    cache["n"] = cache.get("n", 0) + 1
    return cache["n"]
print(count_calls(), count_calls(), count_calls({}), count_calls())
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
print(append_to.__defaults__)
print(safe.__defaults__)
def kw(*, opts={}):
    opts["seen"] = opts.get("seen", 0) + 1
    return opts
kw()
print(kw())
print(kw.__kwdefaults__)
