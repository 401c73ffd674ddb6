# the format() builtin with default and explicit specs
print(format(3.14159, ".2f"), format(255, "x"), format("a", ">3"), format(42))
print(format(1.0), format(1e16), format(None), format([1, 2]), format(True))
print(repr(format("", "")), repr(format("", "3")))
print(format(-7, "05"), format(7.0, "05"), format(-7.5, "+08.2f"))
print(format(12345.6789, ",.2f"), format(0.000123, ".2e"))
print(format(1000000, ",d"), format(1000000, "_d"))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(s, spec)
m = Money(12345)
print(format(m), format(m, ">12"), f"[{m:<10}]", "{:^11}".format(m))
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print("TypeError:", e)
