# A data-cleaning pipeline of map/filter/generators that ends uncaught deep inside a lazy stage.
import csv
import io
import itertools

RAW = """id,name,amount,currency
1,alpha,10.50,EUR
2,beta,7,USD
3,gamma,,EUR
4,delta,12.25,GBP
5,epsilon,n/a,USD
"""
RATES = {"EUR": 1.0, "USD": 0.92, "GBP": 1.17}


def rows(text):
    yield from csv.DictReader(io.StringIO(text))


def non_empty(rs):
    return filter(lambda r: r["amount"] != "", rs)


def to_eur(r):
    return {**r, "eur": round(float(r["amount"]) * RATES[r["currency"]], 2)}


clean = list(map(to_eur, non_empty(itertools.islice(rows(RAW), 2))))
print(clean)
totals = {}
for r in clean:
    totals[r["currency"]] = totals.get(r["currency"], 0) + r["eur"]
print(totals)
print(list(itertools.accumulate(r["eur"] for r in clean)))
pairs = list(zip(*[iter(range(6))] * 2))
print(pairs, list(itertools.starmap(lambda a, b: a * b, pairs)))
names = (r["name"].upper() for r in rows(RAW))
print(next(names), next(names), list(names))
print("all rows:")
for r in map(to_eur, non_empty(rows(RAW))):
    print(f"  {r['id']:>2} {r['name']:<8} {r['eur']:>7.2f}")
