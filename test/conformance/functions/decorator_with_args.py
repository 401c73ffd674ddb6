# decorator factories taking arguments
def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def prefix(text, sep=": "):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            return text + sep + fn(*args, **kwargs)
        return wrapper
    return decorate
@prefix("LOG")
def msg(s):
    return s
@prefix("ERR", sep=" - ")
def err(s, code=1):
    return f"{s} ({code})"
print(msg("started"))
print(err("failed", code=7))
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def d(x):
    return 2 * x
print(sorted(registry), registry["double"](21))
