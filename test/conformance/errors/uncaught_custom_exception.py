# raising an instance of a user-defined exception class that nobody catches
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, item, wanted):
        super().__init__(f"cannot take {wanted} x {item!r}: out of stock")
        self.item = item
stock = {"apple": 3, "pear": 0}
def take(item, n):
    if stock.get(item, 0) < n:
        raise OutOfStock(item, n)
    stock[item] -= n
    print("took", n, item)
take("apple", 2)
take("pear", 1)
