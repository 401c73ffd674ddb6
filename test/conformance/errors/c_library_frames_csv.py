# csv's reader and writer are C in CPython: an error inside them is reported on the caller's line
import csv, io
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print(type(e).__name__, e)
r = csv.reader(io.StringIO('a,"b\n'), strict=True)
print(list(r))
