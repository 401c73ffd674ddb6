# __len__ and __bool__ decide truthiness and len()
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(len(Bag()), len(Bag(1, 2)), bool(Bag()), bool(Bag(0)))
print(bool(Flag(True)), bool(Flag(False)), not Flag(False))
print(bool(Both()), len(Both()))
print("yes" if Bag(1) else "no", "yes" if Bag() else "no")
print(Bag() or "fallback", Flag(True) and "reached")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
