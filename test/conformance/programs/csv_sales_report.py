# CSV report: csv on io.StringIO, grouping with collections, f-string / format alignment
import csv
import io
from collections import defaultdict, Counter, OrderedDict
from statistics import mean, median, stdev
from itertools import groupby
from operator import itemgetter

DATA = '''region,rep,product,units,price,date
North,Alice,Widget,12,2.50,2024-01-03
South,Bob,Gadget,3,10.00,2024-01-04
North,Alice,Gadget,1,10.00,2024-01-09
East,"Chen, Li",Widget,30,2.25,2024-01-11
South,Dana,"Thing ""XL""",7,15.75,2024-02-01
North,Eve,Widget,5,2.50,2024-02-02
East,"Chen, Li",Gadget,4,9.50,2024-02-14
South,Bob,Widget,20,2.40,2024-02-20
West,Frank,Thing,0,15.00,2024-03-01
'''

rows = list(csv.DictReader(io.StringIO(DATA)))
print(len(rows), rows[3]["rep"], rows[4]["product"], list(rows[0].keys()))
for r in rows:
    r["units"] = int(r["units"])
    r["price"] = float(r["price"])
    r["total"] = r["units"] * r["price"]

by_region = defaultdict(list)
for r in rows:
    by_region[r["region"]].append(r)

print(f"{'Region':<8}|{'Orders':>7}|{'Units':>6}|{'Revenue':>10}|{'Avg':>8}")
print("-" * 8 + "+" + "-" * 7 + "+" + "-" * 6 + "+" + "-" * 10 + "+" + "-" * 8)
grand = 0
for region in sorted(by_region):
    rs = by_region[region]
    rev = sum(r["total"] for r in rs)
    grand += rev
    print("{:<8}|{:>7d}|{:>6}|{:>10,.2f}|{:>8.3f}".format(region, len(rs), sum(r["units"] for r in rs), rev, rev / len(rs)))
print(f"{'TOTAL':<8}|{len(rows):>7}|{sum(r['units'] for r in rows):>6}|{grand:>10,.2f}|{grand/len(rows):>8.3f}")

products = Counter()
for r in rows:
    products[r["product"]] += r["units"]
print(products.most_common(2), products["Nothing"], sorted(products.elements())[:3])
print(+products, products - Counter(Widget=60))

month = itemgetter("date")
rows.sort(key=month)
for m, group in groupby(rows, key=lambda r: r["date"][:7]):
    g = list(group)
    totals = [r["total"] for r in g]
    print(f"{m}: n={len(g)} mean={mean(totals):.2f} median={median(totals):.2f} sd={stdev(totals) if len(totals) > 1 else 0:.3f}")

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(["rep", "revenue", "note"])
reps = OrderedDict()
for r in rows:
    reps[r["rep"]] = reps.get(r["rep"], 0) + r["total"]
for rep, rev in sorted(reps.items(), key=lambda kv: (-kv[1], kv[0])):
    w.writerow([rep, f"{rev:.2f}", 'said "hi"' if rev > 50 else None])
print(out.getvalue(), end="")
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["a", "b"], extrasaction="ignore", quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader()
dw.writerows([{"a": 1, "b": "x", "c": 3}, {"a": 2.5, "b": None}])
print(out2.getvalue())
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"z": 1})
except ValueError as e:
    print("ValueError:", e)
sniff = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
print(sniff.delimiter, list(csv.reader(io.StringIO("x;'y;z'\n"), delimiter=";", quotechar="'")))
print("{:^20}".format("centered"), "|{:*>10.3}|".format("abcdef"), "{0:#x} {0:#o} {0:#b} {0:,}".format(1234567))
print(format(0.000123, ".2e"), format(12345.6789, "_.1f"), f"{-3.5:+08.2f}", f"{42:=+8}", f"{'x'!r:^7}")
