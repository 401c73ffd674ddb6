# an empty format spec is str(self) for int/float/str/complex subclasses, so their __str__ shows in f-strings and format()
class Money(float):
    def __str__(self): return f"${self:,.2f}"
    def __repr__(self): return f"Money({float(self)!r})"
class Id(int):
    def __repr__(self): return f"Id#{int(self)}"
class Count(int):
    def __str__(self): return f"{int(self)} items"
class Tag(str):
    def __str__(self): return "<" + self + ">"
class Z(complex):
    def __str__(self): return "Z!"
for v in [Money(1234.5), Id(42), Count(3), Tag("x"), Z(1, 2), True, 2.5, "s", 7, 1j]:
    print(f"{v}|{v!s}|{v!r}", format(v), "{}".format(v), "{:}".format(v), "%s" % (v,), str(v), sep=" | ")
print(f"{Money(2):.1f}", f"{Count(3):>4}", f"{Tag('x'):>4}", f"{Z(1, 2):.1f}", f"{Id(5):03d}")
print(float.__format__(Money(1.5), ""), int.__format__(Count(2), ""), str.__format__(Tag("q"), ""), complex.__format__(Z(0, 1), ""))
print(float.__format__(Money(1.5), "g"), int.__format__(Count(2), "d"), str.__format__(Tag("q"), ">3s"))
