# csv.DictReader and csv.DictWriter: header rows, restkey/restval, blank lines, extrasaction
import csv
import io

s = io.StringIO('name,age\r\nann,3\r\nbob,4,extra,more\r\ncid\r\n\r\ndan,5\r\n')
r = csv.DictReader(s)
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
print(list(csv.DictReader(['a,b'], fieldnames=['x', 'y', 'z'], restkey='REST', restval='-')))
r = csv.DictReader(['1,2,3'], fieldnames=['x'], restkey='REST')
print(list(r), r.dialect, r.restval, r.restkey)
r = csv.DictReader([])
print(list(r), r.fieldnames)
r = csv.DictReader(['h1;h2', 'v1;v2'], delimiter=';')
print(list(r))
r = csv.DictReader(['a,b', '1,2'], fieldnames=('p', 'q'))
print(r.fieldnames, list(r))

s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'], restval='?')
print(w.writeheader())
print(w.writerow({'a': 1}))
w.writerows([{'a': 2, 'b': 3}, {'b': 'x,y'}])
print(repr(s.getvalue()))
w2 = csv.DictWriter(s, ['a'], extrasaction='ignore')
w2.writerow({'a': 'kept', 'zz': 2})
w3 = csv.DictWriter(io.StringIO(), ('x', 'y'), dialect='unix')
w3.writeheader()
print(w3.fieldnames, w3.writer.dialect.quoting, w3.extrasaction)

def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('extra', lambda: w.writerow({'a': 1, 'c': 2}))
attempt('extrasaction', lambda: csv.DictWriter(s, ['a'], extrasaction='bogus'))
attempt('not a dict', lambda: csv.DictWriter(s, ['a']).writerow([1]))
attempt('IGNORE', lambda: csv.DictWriter(s, ['a'], extrasaction='IGNORE'))
