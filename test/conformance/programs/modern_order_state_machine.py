# state machine for an order workflow: Enum states, transition table, decorator-registered hooks, history
from enum import Enum, auto
from functools import wraps
import itertools


class OrderState(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()

    def __repr__(self):
        return f"<{self.name}>"


class TransitionError(RuntimeError):
    def __init__(self, order, event):
        self.order, self.event = order, event
        super().__init__(f"order {order.id}: cannot {event!r} when {order.state.name}")


TABLE = {
    (OrderState.NEW, "pay"): OrderState.PAID,
    (OrderState.NEW, "cancel"): OrderState.CANCELLED,
    (OrderState.PAID, "ship"): OrderState.SHIPPED,
    (OrderState.PAID, "cancel"): OrderState.REFUNDED,
    (OrderState.SHIPPED, "deliver"): OrderState.DELIVERED,
}
hooks = {}


def on_enter(state):
    def deco(fn):
        hooks.setdefault(state, []).append(fn)

        @wraps(fn)
        def wrapper(*a, **k):
            return fn(*a, **k)
        return wrapper
    return deco


@on_enter(OrderState.PAID)
def receipt(order):
    print(f"  receipt for #{order.id}: {order.total:.2f}")


@on_enter(OrderState.SHIPPED)
@on_enter(OrderState.DELIVERED)
def notify(order):
    print(f"  notify customer of #{order.id}: {order.state.name.lower()}")


@on_enter(OrderState.REFUNDED)
def refund(order):
    order.total = 0
    print(f"  refunded #{order.id}")


class Order:
    _ids = itertools.count(100)

    def __init__(self, *items):
        self.id = next(Order._ids)
        self.items = items
        self.total = sum(p * q for _, p, q in items)
        self.state = OrderState.NEW
        self.history = [self.state]

    def fire(self, event):
        try:
            new = TABLE[self.state, event]
        except KeyError:
            raise TransitionError(self, event) from None
        self.state = new
        self.history.append(new)
        for hook in hooks.get(new, ()):
            hook(self)
        return self

    def __getattr__(self, name):
        if name.startswith("can_"):
            event = name[4:]
            return (self.state, event) in TABLE
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self):
        return f"Order#{self.id}({self.state.name}, {self.total:.2f})"


o1 = Order(("book", 12.5, 2), ("pen", 1.25, 4))
o2 = Order(("lamp", 30, 1))
print(o1, o2, o1.can_pay, o1.can_ship)
o1.fire("pay").fire("ship").fire("deliver")
print(o1, o1.history)
o2.fire("pay")
o2.fire("cancel")
print(o2, o2.history)
for order, ev in [(o1, "pay"), (o2, "ship"), (Order(), "deliver")]:
    try:
        order.fire(ev)
    except TransitionError as e:
        print("TransitionError:", e, "| suppress:", e.__suppress_context__, e.__cause__, e.__context__)
try:
    o1.colour
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(hooks, key=lambda s: s.value), {s.name: [h.__name__ for h in hs] for s, hs in hooks.items()})
reachable = {OrderState.NEW}
frontier = [OrderState.NEW]
while frontier:
    s = frontier.pop()
    for (src, ev), dst in TABLE.items():
        if src is s and dst not in reachable:
            reachable.add(dst)
            frontier.append(dst)
print(sorted(reachable, key=lambda s: s.value))
print([s for s in OrderState if not any(src is s for src, _ in TABLE)])


def traffic(n):
    states = itertools.cycle(["green", "yellow", "red"])
    durations = {"green": 3, "yellow": 1, "red": 2}
    t = 0
    out = []
    for state in states:
        if t >= n:
            break
        out.append(f"{t}:{state}")
        t += durations[state]
    return out


print(traffic(12))
o3 = Order(("x", 1, 1))
o3.fire("refund")
