"""Invoices from CSV text: csv, decimal, string formatting, itertools.groupby, sorting."""
import csv
import io
from decimal import Decimal, ROUND_HALF_UP
from itertools import groupby, accumulate, chain
from operator import itemgetter, attrgetter
from collections import namedtuple, OrderedDict

DATA = """customer,item,qty,unit_price,date
acme,widget,10,2.50,2024-01-03
acme,gadget,2,19.99,2024-01-03
globex,widget,100,2.35,2024-01-04
initech,"stapler, red",3,7.10,2024-01-05
acme,widget,5,2.50,2024-02-01
globex,sprocket,12,0.99,2024-02-11
initech,toner,1,89.00,2024-02-12
umbrella,"quote ""special"" kit",1,1234.565,2024-02-28
"""

Line = namedtuple("Line", "customer item qty price date")
CENT = Decimal("0.01")
TAX = Decimal("0.0825")


def parse(text):
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        yield Line(row["customer"], row["item"], int(row["qty"]), Decimal(row["unit_price"]), row["date"])


def money(d):
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(d, width=10):
    return f"{money(d):>{width},}"


lines = list(parse(DATA))
print(len(lines), "lines;", "fields:", Line._fields)
lines.sort(key=attrgetter("customer", "date"))

totals = OrderedDict()
for customer, group in groupby(lines, key=attrgetter("customer")):
    group = list(group)
    subtotal = sum((l.qty * l.price for l in group), Decimal(0))
    tax = money(subtotal * TAX)
    totals[customer] = (subtotal, tax)
    print(f"== {customer.upper():^20} ==")
    for l in group:
        print(f"  {l.date}  {l.item[:14]:<14} {l.qty:>4} x {l.price:>8} = {fmt(l.qty * l.price)}")
    print(f"  {'subtotal':>36} {fmt(subtotal)}")
    print(f"  {'tax ' + format(TAX * 100, '.2f') + '%':>36} {fmt(tax)}")

grand = sum(s + t for s, t in totals.values())
print("grand total:", fmt(grand, 1), "| as float:", float(money(grand)))
ranked = sorted(totals.items(), key=lambda kv: kv[1][0], reverse=True)
print("ranking:", [c for c, _ in ranked])
running = list(accumulate(money(s + t) for s, t in totals.values()))
print("running:", [str(r) for r in running])

by_month = {}
for l in lines:
    by_month.setdefault(l.date[:7], []).append(l.qty)
print({m: (sum(q), max(q)) for m, q in sorted(by_month.items())})

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(["customer", "subtotal", "tax", "total"])
for c, (s, t) in totals.items():
    w.writerow([c, money(s), t, money(s + t)])
w.writerow(["note", 'has "quotes", commas', None, ""])
print(out.getvalue(), end="")

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["item", "qty"], extrasaction="ignore", delimiter=";")
dw.writeheader()
dw.writerows(l._asdict() for l in sorted(lines, key=itemgetter(2))[:3])
print(out.getvalue().splitlines())

items = sorted(set(chain.from_iterable((l.item.split()[0].strip('",'),) for l in lines)))
print(items)
print(Decimal("1234.565").quantize(CENT), money(Decimal("1234.565")), Decimal("2.675") * 3, Decimal(1) / Decimal(7))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.000012'):.3e}", f"{Decimal('-0'):+}", Decimal("1e3").normalize(), Decimal("100").normalize())
try:
    Line("x", "y", 1, Decimal("abc"), "")
except Exception as e:
    print(type(e).__name__, e)
