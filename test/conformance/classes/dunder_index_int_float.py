# __index__, __int__ and __float__ conversions
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)))
print(range(10)[Idx(3)], list(range(Idx(3))), "x" * Idx(3))
print(int(Num()), float(Num()))
try:
    [1, 2][Num()]
except TypeError as e:
    print("TypeError:", e)
