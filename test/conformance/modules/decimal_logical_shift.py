# decimal: logical_and/or/xor/invert, rotate, shift and next_toward (methods and Context), with their flags; ends on an uncaught InvalidOperation trap
from decimal import Decimal as D, localcontext, Context, getcontext
import decimal
vals = ["0", "1", "1010", "1101", "11111", "-1", "1.0", "2", "1e1", "nan", "snan", "inf", "0000001"]
for a in vals:
    for b in ["1100", "1", "0", "101010101", "2", "-inf", "nan"]:
        row = []
        for op in ("logical_and", "logical_or", "logical_xor", "rotate", "shift", "next_toward"):
            with localcontext(Context(prec=9)) as ctx:
                try:
                    r = getattr(D(a), op)(D(b))
                    row.append(str(r) + ("!" if ctx.flags[decimal.InvalidOperation] else ""))
                except decimal.DecimalException as e:
                    row.append(type(e).__name__)
        print(a, b, row)
    with localcontext(Context(prec=9)) as ctx:
        try:
            print(a, "invert", D(a).logical_invert())
        except decimal.DecimalException as e:
            print(a, "invert", type(e).__name__)
for a, b in [("123456789", "3"), ("123456789", "-3"), ("123456789", "9"), ("123456789", "-9"), ("123456789", "10"), ("1234567890123", "2"), ("-12.34", "2"), ("1e5", "1"), ("5", "1.5")]:
    with localcontext(Context(prec=9)) as ctx:
        for op in ("rotate", "shift"):
            try:
                print(a, b, op, getattr(D(a), op)(D(b)), getattr(ctx, op)(D(a), D(b)))
            except decimal.DecimalException as e:
                print(a, b, op, type(e).__name__)
with localcontext(Context(prec=3, Emax=5, Emin=-5, traps=[])) as ctx:
    for a, b in [("999e3", "inf"), ("-999e3", "-inf"), ("1e-5", "0"), ("1e-7", "0"), ("0", "1"), ("1", "1"), ("-0", "0"), ("1.00", "1"), ("inf", "0"), ("5", "5.0")]:
        ctx.clear_flags()
        r = D(a).next_toward(D(b))
        print(a, b, r, sorted(k.__name__ for k, v in ctx.flags.items() if v))
print(getcontext().logical_and(D(1), D(1)), getcontext().next_toward(1, 2), getcontext().shift(D(1), 3), D(5).logical_invert())
