# A bank ledger using Decimal with quantize, rounding modes and contexts.
from decimal import (Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
                     InvalidOperation, DivisionByZero, Inexact, Context)

CENT = Decimal("0.01")


class Account:
    def __init__(self, owner, opening="0"):
        self.owner = owner
        self.entries = []
        self.balance = Decimal(opening)

    def post(self, desc, amount):
        amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
        self.balance += amount
        self.entries.append((desc, amount, self.balance))

    def statement(self):
        print(f"Statement for {self.owner}")
        print(f"{'description':<20}{'amount':>12}{'balance':>12}")
        for desc, amt, bal in self.entries:
            print(f"{desc:<20}{amt:>12,}{bal:>12,.2f}")
        print(f"{'':<20}{'':>12}{'=' * 10:>12}")
        print(f"{'closing':<20}{'':>12}{self.balance:>12,.2f}")


acct = Account("Ada", "1000")
acct.post("salary", "2500.005")
acct.post("rent", "-1200.00")
acct.post("coffee", Decimal("-3.455"))
acct.post("interest", Decimal("0.0375") * Decimal("1250.10"))
acct.post("refund", "12.3")
acct.statement()

x = Decimal("2.675")
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR]
for v in (x, -x, Decimal("2.665"), Decimal("-0.005")):
    row = [str(v.quantize(CENT, rounding=m)) for m in modes]
    print(f"{str(v):>7}:", " ".join(f"{r:>6}" for r in row))
print([m for m in modes])

print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), ctx.prec)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(getcontext().prec, getcontext().rounding)

print(Decimal("1.10") + Decimal("2.20"), Decimal("1.1") * 3, Decimal("10") / 4, Decimal("10") // 3, Decimal("-10") % 3)
print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.000").normalize())
print(Decimal("123.4500").as_tuple(), Decimal(0.1), Decimal("3.14").adjusted())
print(Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("inf") > 10**100)
print(repr(Decimal("1.5")), float(Decimal("1.5")), int(Decimal("-7.9")), round(Decimal("2.5")), round(Decimal("2.567"), 2))
print(sum([Decimal("0.1")] * 10) == Decimal("1.0"), sum([0.1] * 10) == 1.0)
print(Decimal("7.00").compare(Decimal(7)), Decimal("7.00") == 7, hash(Decimal("7.00")) == hash(7))
print(max(Decimal("1.5"), Decimal("1.50")), sorted([Decimal("3"), Decimal("1.5"), Decimal("-2")]))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.5'):.0%} {Decimal('12.5'):e} {Decimal('-3'):+08.2f}")
print(Decimal("12.345").to_integral_value(), Decimal("12.5").to_integral_value(rounding=ROUND_HALF_UP))
print(Decimal(10).ln().quantize(Decimal("1.0000")), Decimal(100).log10(), Decimal(2) ** 10, Decimal("1.1") ** 2)
print(Decimal("5").max(Decimal("7")), Decimal("-5").copy_abs(), Decimal("5").copy_negate(), Decimal(3).fma(2, 1))
print(Decimal.from_float(0.25), Decimal((1, (1, 2, 3), -2)), Decimal("  42  "))
for bad in ("abc", "1.2.3", ""):
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print("InvalidOperation:", type(e).__name__, e.args[0] if e.args else None)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero:", e)
try:
    Decimal("1.234").quantize(CENT, context=Context(traps=[Inexact]))
except Inexact as e:
    print("Inexact caught", type(e).__mro__[1].__name__)
print(Decimal(1) / Decimal(0) if not getcontext().traps[DivisionByZero] else "trap on")
ctx = Context(prec=3, rounding=ROUND_HALF_EVEN)
print(ctx.add(Decimal("1.234"), Decimal("5.678")), ctx.divide(1, 3), ctx.create_decimal("3.14159"))
total = Decimal(0)
split = Decimal("100.00") / 3
parts = [split.quantize(CENT, ROUND_DOWN)] * 3
parts[-1] += Decimal("100.00") - sum(parts)
print("split 100 three ways:", parts, sum(parts))
