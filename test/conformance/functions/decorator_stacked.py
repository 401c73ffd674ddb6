# stacked decorators apply bottom-up and run top-down
order = []
def deco(tag):
    order.append("factory " + tag)
    def apply(fn):
        order.append("apply " + tag)
        def wrapper():
            return tag + "(" + fn() + ")"
        return wrapper
    return apply
@deco("outer")
@deco("middle")
@deco("inner")
def base():
    return "base"
print(order)
print(base())
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "txt"
print(text())
