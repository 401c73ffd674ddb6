# An observer/event bus: bound methods as handlers, priorities, once-handlers, exceptions in handlers, weak vs strong refs
from collections import defaultdict
import functools
import itertools

class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self._seq = itertools.count()
        self.errors = []

    def on(self, event, handler=None, *, priority=0, once=False):
        if handler is None:
            return functools.partial(self.on, event, priority=priority, once=once)
        self._handlers[event].append((-priority, next(self._seq), handler, once))
        self._handlers[event].sort(key=lambda h: h[:2])
        return handler

    def off(self, event, handler):
        before = len(self._handlers[event])
        self._handlers[event] = [h for h in self._handlers[event] if h[2] != handler]
        return before - len(self._handlers[event])

    def emit(self, event, *args, **kwargs):
        results = []
        for entry in list(self._handlers.get(event, [])) + list(self._handlers.get("*", [])):
            _, _, handler, once = entry
            if once:
                self._handlers[event].remove(entry)
            try:
                results.append(handler(*args, **kwargs))
            except Exception as e:
                self.errors.append((event, getattr(handler, "__qualname__", repr(handler)), repr(e)))
        return results

bus = EventBus()

@bus.on("order", priority=5)
def validate(order):
    if order["qty"] <= 0:
        raise ValueError(f"bad qty {order['qty']}")
    return "valid"

@bus.on("order")
def log_order(order):
    return f"logged #{order['id']}"

class Inventory:
    def __init__(self, stock):
        self.stock = dict(stock)
    def reserve(self, order):
        item = order["item"]
        if self.stock.get(item, 0) < order["qty"]:
            raise LookupError(f"out of {item}")
        self.stock[item] -= order["qty"]
        return f"reserved {order['qty']} {item}"

inv = Inventory({"apple": 5, "pear": 1})
bus.on("order", inv.reserve, priority=1)
bus.on("order", lambda o: f"welcome bonus for {o['id']}", once=True, priority=10)
bus.on("*", lambda *a, **k: "wildcard saw it")

for order in ({"id": 1, "item": "apple", "qty": 2}, {"id": 2, "item": "pear", "qty": 3}, {"id": 3, "item": "apple", "qty": 0}):
    print(order["id"], bus.emit("order", order))
print(inv.stock)
print(bus.errors)
print(bus.off("order", inv.reserve), bus.off("order", inv.reserve), len(bus._handlers["order"]))
print(bus.emit("order", {"id": 4, "item": "apple", "qty": 1}), bus.emit("nothing"))
m1, m2 = inv.reserve, inv.reserve
print(m1 == m2, m1 is m2, hash(m1) == hash(m2), m1.__self__ is inv, m1.__func__ is Inventory.reserve, m1.__name__, m1.__qualname__)
print(Inventory.reserve.__get__(inv) == m1, functools.partial(validate).func is validate, repr(functools.partial(max, 1))[:30])
class Counter:
    count = 0
    def __call__(self, *a):
        Counter.count += 1
        return Counter.count
c = Counter()
bus.on("tick", c); bus.on("tick", c, priority=3)
print(bus.emit("tick"), bus.emit("tick"), bus.off("tick", c))
seq = itertools.count(10, 5)
print([next(seq) for _ in range(3)], list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat("x", 3)), list(itertools.accumulate([1, 2, 3], initial=100)))
def chain_handlers(*fs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(chain_handlers(str.upper, lambda s: s + "!", len)("hey"))
