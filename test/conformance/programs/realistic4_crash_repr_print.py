# An inventory report whose items format themselves through __repr__/__str__/__format__;
# the report prints fine for most items, then an item's __repr__ (reached through print of
# a list, via a nested __format__ call) raises: the uncaught traceback ends the program.
from dataclasses import dataclass, field


@dataclass
class Money:
    cents: int
    currency: str = "EUR"

    def __format__(self, spec):
        amount = self.cents / 100
        if spec == "short":
            return f"{amount:.0f}{self.currency[0]}"
        return f"{amount:{spec or '.2f'}} {self.currency}"


@dataclass
class Item:
    sku: str
    price: Money
    stock: int = 0
    tags: list = field(default_factory=list)

    def __repr__(self):
        per_unit = self.price.cents // self.stock
        return f"<{self.sku} {self.price:short} x{self.stock} ({per_unit}c/u)>"

    def __str__(self):
        return f"{self.sku:<8}{self.price:>12}  stock {self.stock:>3}"


items = [Item("bolt", Money(1250), 10), Item("nut", Money(75, "USD"), 3, ["m4"]),
         Item("gear", Money(99900), 1, ["steel", "large"])]
for it in items:
    print(it)
print(items)
print(f"total value: {Money(sum(i.price.cents * i.stock for i in items)):,.2f}")
by_tag = {}
for it in items:
    for t in it.tags or ["untagged"]:
        by_tag.setdefault(t, []).append(it)
for tag in sorted(by_tag):
    print(f"{tag:>9}: {by_tag[tag]}")
items.append(Item("washer", Money(5), 0))
print("after restock check:")
print(items[-2:])
