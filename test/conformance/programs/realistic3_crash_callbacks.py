# An event system whose handlers run through callbacks; it ends uncaught inside a
# handler called from a list comprehension inside a method called through __getattr__.
import functools


class Bus:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def emit(self, event, **payload):
        return [h(**payload) for h in self.handlers.get(event, [])]

    def __getattr__(self, name):
        if name.startswith("emit_"):
            return functools.partial(self.emit, name[5:])
        raise AttributeError(f"{type(self).__name__!r} has no event method {name!r}")


bus = Bus()
seen = []


@bus.on("order")
def record(item, qty):
    seen.append((item, qty))
    return f"recorded {qty} x {item}"


@bus.on("order")
def price(item, qty):
    table = {"tea": 4, "mug": 12}
    return table[item] * qty


print(bus.emit("order", item="tea", qty=3))
print(bus.emit_order(item="mug", qty=1))
print(bus.emit_unknown(), seen)
try:
    bus.frobnicate()
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(bus.handlers), [h.__name__ for h in bus.handlers["order"]])
print(bus.emit_order(item="cake", qty=2))
