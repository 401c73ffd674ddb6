# An event-sourced shopping cart: events as dicts, JSON persistence, replay, projections.
import json
from datetime import datetime, timezone, timedelta
from decimal import Decimal
from enum import Enum
from uuid import UUID


class EventType(str, Enum):
    ADDED = "item_added"
    REMOVED = "item_removed"
    QTY = "quantity_changed"
    COUPON = "coupon_applied"
    CHECKOUT = "checked_out"


CATALOG = {"sku-1": ("Tea", Decimal("4.50")), "sku-2": ("Mug", Decimal("12.00")), "sku-3": ("Honey", Decimal("7.25"))}
T0 = datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc)


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return {"$decimal": str(o)}
        if isinstance(o, datetime):
            return {"$dt": o.isoformat()}
        if isinstance(o, UUID):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if "$decimal" in d:
        return Decimal(d["$decimal"])
    if "$dt" in d:
        return datetime.fromisoformat(d["$dt"])
    return d


class Cart:
    def __init__(self, cart_id):
        self.id = cart_id
        self.events = []
        self.items = {}
        self.coupon = None
        self.closed = False

    def _emit(self, etype, **data):
        if self.closed:
            raise RuntimeError(f"cart {self.id} is checked out")
        ev = {"type": etype, "seq": len(self.events) + 1, "at": T0 + timedelta(minutes=5 * len(self.events)), **data}
        self.apply(ev)
        self.events.append(ev)

    def apply(self, ev):
        t = EventType(ev["type"])
        if t is EventType.ADDED:
            self.items[ev["sku"]] = self.items.get(ev["sku"], 0) + ev["qty"]
        elif t is EventType.REMOVED:
            del self.items[ev["sku"]]
        elif t is EventType.QTY:
            self.items[ev["sku"]] = ev["qty"]
        elif t is EventType.COUPON:
            self.coupon = ev["code"]
        elif t is EventType.CHECKOUT:
            self.closed = True

    def add(self, sku, qty=1):
        if sku not in CATALOG:
            raise KeyError(sku)
        self._emit(EventType.ADDED, sku=sku, qty=qty)

    def remove(self, sku):
        self._emit(EventType.REMOVED, sku=sku)

    def set_qty(self, sku, qty):
        self._emit(EventType.QTY, sku=sku, qty=qty)

    def apply_coupon(self, code):
        self._emit(EventType.COUPON, code=code)

    def total(self):
        subtotal = sum((CATALOG[s][1] * q for s, q in self.items.items()), Decimal("0"))
        discount = (subtotal * Decimal("0.10")).quantize(Decimal("0.01")) if self.coupon == "TEN" else Decimal("0.00")
        return subtotal, discount, subtotal - discount

    def checkout(self):
        sub, disc, tot = self.total()
        self._emit(EventType.CHECKOUT, total=tot)

    @classmethod
    def replay(cls, cart_id, events):
        c = cls(cart_id)
        for ev in events:
            c.apply(ev)
            c.events.append(ev)
        return c


cart = Cart(UUID("12345678-1234-5678-1234-567812345678"))
cart.add("sku-1", 2)
cart.add("sku-2")
cart.add("sku-1")
cart.add("sku-3", 4)
cart.set_qty("sku-3", 1)
cart.remove("sku-2")
cart.apply_coupon("TEN")
print(cart.items, cart.total())
cart.checkout()
try:
    cart.add("sku-2")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Cart("x").add("sku-9")
except KeyError as e:
    print("KeyError:", e)

blob = json.dumps({"id": cart.id, "events": cart.events, "tags": {"b", "a"}}, cls=Encoder, indent=2, sort_keys=True)
print(blob[:400])
print("...", len(blob), "chars,", blob.count("\n") + 1, "lines")
data = json.loads(blob, object_hook=decode_hook)
again = Cart.replay(data["id"], data["events"])
print(again.items, again.total(), again.closed, again.coupon, data["tags"])
print("same state:", again.items == cart.items and again.total() == cart.total())
print("event types:", [EventType(e["type"]).name for e in data["events"]])
print("times:", [e["at"].strftime("%H:%M") for e in data["events"]][:4], data["events"][-1]["total"])
print(json.dumps(cart.events[0], cls=Encoder), json.dumps(EventType.ADDED), json.dumps({EventType.QTY: 1}))
compact = json.dumps(data["events"][:2], cls=Encoder, separators=(",", ":"))
print(compact)
for bad in ['{"type": "item_added", "seq": }', '[{"a": 1} {"b": 2}]', '{"at": {"$dt": "2024-13-01"}}']:
    try:
        json.loads(bad, object_hook=decode_hook)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, "at", e.pos)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps({"when": T0})
except TypeError as e:
    print("TypeError:", e)
try:
    Cart.replay("y", [{"type": "exploded"}])
except ValueError as e:
    print("ValueError:", e)
