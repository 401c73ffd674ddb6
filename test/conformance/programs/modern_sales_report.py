# a sales report: f-string tables with nested format specs, format_map, %-formatting, dates, Decimal totals
from datetime import date, datetime, timedelta
from decimal import Decimal, ROUND_HALF_EVEN
from collections import defaultdict
from string import Formatter

SALES = [
    ("2024-01-03", "north", "widget", 12, "3.50"), ("2024-01-15", "south", "gadget", 3, "19.99"),
    ("2024-02-01", "north", "gadget", 7, "19.99"), ("2024-02-11", "east", "widget", 40, "3.25"),
    ("2024-02-29", "south", "doohickey", 1, "149.00"), ("2024-03-05", "east", "gadget", 5, "18.50"),
    ("2024-03-17", "north", "widget", 25, "3.40"), ("2024-03-31", "west", "widget", 0, "3.40"),
]
rows = []
for d, region, product, qty, price in SALES:
    rows.append({"date": date.fromisoformat(d), "region": region, "product": product, "qty": qty, "price": Decimal(price)})
for r in rows:
    r["total"] = (r["price"] * r["qty"]).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)

W = {"date": 10, "region": 6, "product": 10, "qty": 4, "price": 8, "total": 9}
header = " | ".join(f"{k.upper():^{w}}" for k, w in W.items())
print(header)
print("-+-".join("-" * w for w in W.values()))
for r in rows:
    print(f"{r['date']:%d %b %y} | {r['region']:<{W['region']}} | {r['product']:<{W['product']}.{W['product']}} | "
          f"{r['qty']:>{W['qty']}d} | {r['price']:>{W['price']},.2f} | {r['total']:>{W['total']}}")
grand = sum(r["total"] for r in rows)
print(f"{'GRAND TOTAL':>{sum(W.values()) + 3 * (len(W) - 1) - W['total'] - 3}} | {grand:>{W['total']}}")
by_month = defaultdict(Decimal)
for r in rows:
    by_month[r["date"].strftime("%Y-%m")] += r["total"]
for month, tot in sorted(by_month.items()):
    bar = "#" * int(tot // 25)
    share = tot / grand
    print(f"{month}: {tot:>9,.2f} {share:6.1%} {bar}")
by_region = defaultdict(lambda: [0, Decimal(0)])
for r in rows:
    acc = by_region[r["region"]]
    acc[0] += r["qty"]
    acc[1] += r["total"]
best = max(by_region.items(), key=lambda kv: kv[1][1])
print("best region: {0} ({1[0]} units, {1[1]:.2f})".format(*best))
tmpl = "{region:>8}: {units:04d} units, avg {avg:8.3f} per unit, {flag}"
for region, (units, total) in sorted(by_region.items()):
    avg = total / units if units else Decimal("NaN")
    print(tmpl.format_map({"region": region, "units": units, "avg": avg, "flag": "OK" if units > 10 else "low"}))
print("%-8s|%8.2f|%+5d|%05.1f|%x|%e" % ("pct", 12.3456, 42, 3.14159, 3054, 123456.789))
print("%(a)s-%(b)r-%(a)5.2s" % {"a": "alpha", "b": [1]}, "%c%c%c" % (80, 121, "!"), "%3d%%" % 50)
start = datetime(2024, 3, 31, 22, 15)
for delta in (timedelta(hours=3), timedelta(days=1, minutes=-30), -timedelta(weeks=5)):
    when = start + delta
    print(f"{start:%Y-%m-%d %H:%M} {'+' if delta >= timedelta(0) else '-'} {abs(delta)!s:>18} = {when:%a %d %b %Y %I:%M %p}")
print(f"{date(2024, 12, 30).isocalendar()}", date(2024, 1, 1).strftime("%j %U %W %u %w"), (date(2024, 3, 1) - date(2024, 2, 1)).days)
fields = [name for _, name, spec, conv in Formatter().parse("x={x!r:>5} y={y[0]} {{lit}} {}") if name is not None]
print(fields, list(Formatter().parse("a{b:{c}}d"))[:2])
n = 1234567.891
print(f"{n:,.2f} {n:_.1f} {n:e} {n:.3g} {n:015.3f} {-n:+,.0f} {int(n):,} {int(n):_x} {n:%}")
print(f"{'nested':{'^'}{'>' * 0}{20}}|{3.14159:{'.'}{'3'}f}|{42:{'#'}{'x'}}|{'x'!r:{'*'}^9}")
print(f"{Decimal('1.005'):.2f} {Decimal('2.5'):.0f} {Decimal('-0.000'):.2f} {Decimal('12345.678'):,.1f} {Decimal('1E+3'):f}")
