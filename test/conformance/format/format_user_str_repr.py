# formatting user objects uses __str__ / __repr__ (never the default repr)
class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __str__(self):
        return f"{self.deg}°C"
    def __repr__(self):
        return f"Temp({self.deg})"
t = Temp(21.5)
print(t, str(t), repr(t))
print("%s | %r" % (t, t))
print("{} | {!r} | {!s}".format(t, t, t))
print(f"{t} | {t!r}")
print([t, Temp(-3)], (t,), {"t": t})
print(str([t]), "%s" % [t])
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), f"{OnlyRepr()}", "%s" % OnlyRepr(), str(OnlyRepr()))
print(f"{OnlyRepr()!s:>12}|")
