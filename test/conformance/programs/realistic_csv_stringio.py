# CSV from io.StringIO: DictReader/DictWriter, quoting modes, dialect options, errors, Sniffer
import csv, io
from collections import defaultdict
RAW = '''date,region,product,units,price,notes
2024-01-03,North,Widget,10,2.50,
2024-01-04,South,Gadget,3,10.00,"big, order"
2024-01-04,North,Gadget,1,10.00,"says ""hi"""
2024-01-05,East,Widget,,2.50,missing units
2024-01-06,South,Widget,7,2.25,"multi
line note"
2024-01-07,West,Gizmo,2,99.99,  spaced  
'''
reader = csv.DictReader(io.StringIO(RAW))
print(reader.fieldnames)
rows = list(reader)
print(len(rows), reader.line_num)
for r in rows:
    print(r)
by_region = defaultdict(float)
bad = []
for r in rows:
    try:
        by_region[r["region"]] += int(r["units"]) * float(r["price"])
    except ValueError as e:
        bad.append((r["date"], str(e)))
print(dict(by_region), bad)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["region", "revenue", "note"])
for k in sorted(by_region):
    w.writerow([k, f"{by_region[k]:.2f}", 'has "quote"' if k == "North" else "a,b"])
w.writerow([None, 1.5, ""])
w.writerows([[1, 2], ["x\ny", " lead"]])
print(repr(out.getvalue()))
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["a", "b", "c"], extrasaction="ignore", restval="?")
dw.writeheader()
dw.writerow({"a": 1, "c": 3, "zz": 9})
dw.writerow({"b": "two"})
print(out2.getvalue(), end="")
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
out3 = io.StringIO()
w3 = csv.writer(out3, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w3.writerow(["x", 1, 2.5, None, True])
w3 = csv.writer(out3, delimiter="|", quoting=csv.QUOTE_ALL)
w3.writerow(["x", 1])
w3 = csv.writer(out3, quoting=csv.QUOTE_MINIMAL, quotechar="'")
w3.writerow(["it's", "plain", "semi;colon"])
print(repr(out3.getvalue()))
for row in csv.reader(io.StringIO('a;"b;c";3\n1;2\n'), delimiter=";"):
    print(row)
print(list(csv.reader(['"x",y', ' "q" , z'], skipinitialspace=True)))
print(list(csv.reader(io.StringIO("1,2\r\n3,4\r\n\r\n5"))))
rd = csv.reader(io.StringIO("a,b\n1,2\n"), quoting=csv.QUOTE_NONNUMERIC) if False else None
print(list(csv.reader(io.StringIO('1,"2",x\n'), quoting=csv.QUOTE_NONNUMERIC)) if False else "skip")
try:
    list(csv.reader(io.StringIO('a,"b\n')))
except csv.Error as e:
    print("csv.Error:", e)
try:
    list(csv.reader(io.StringIO('a,"b"x,c\n'), strict=True))
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(io.StringIO('a,"b"x,c\n'))))
print(csv.list_dialects()[:0], csv.excel.delimiter, repr(csv.excel.lineterminator), csv.QUOTE_NONE)
sn = csv.Sniffer()
d = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(d.delimiter, sn.has_header("name,age\nbob,3\nal,40\n"))
totals = {}
for r in csv.DictReader(io.StringIO("k,v\na,1\nb,2\na,3\n")):
    totals[r["k"]] = totals.get(r["k"], 0) + int(r["v"])
print(totals)
r = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n"), restkey="extra", restval="NA")
print(list(r))
