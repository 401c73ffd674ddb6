# csv.Error and the other errors of readers and writers, with their tracebacks
import csv
import io
from _mod_library_frames import print_exc

def read(lines, **kw):
    r = csv.reader(lines, **kw)
    try:
        for row in r:
            print(row)
    except csv.Error as e:
        print(type(e).__name__, e, r.line_num)
    except ValueError as e:
        print(type(e).__name__, e, r.line_num)

read(['ok,1', '"a"b,c\n'], strict=True)
read(['"abc'], strict=True)
read(['a,b\rc\n'])
read(['a\nb'])
read(['fine', b'a,b'])
read([1])
read(['1,x'], quoting=csv.QUOTE_NONNUMERIC)
csv.field_size_limit(5)
read(['abcde,"abcde"', 'abcdef'])
read(['"abcdef"'])
csv.field_size_limit(131072)
r = csv.reader(['a\nb', 'c,d'])
try:
    next(r)
except csv.Error as e:
    print('Error', e, r.line_num)
print(next(r), r.line_num)

def write(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    try:
        for row in rows:
            w.writerow(row)
    except csv.Error as e:
        print(type(e).__name__, e, repr(s.getvalue()))

write([['ok'], ['']], quoting=csv.QUOTE_NONE)
write([['a,b']], quoting=csv.QUOTE_NONE)
write([['a"b']], doublequote=False)
write([['a,b']], quotechar=None)
write([5])
write([None])

def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('reader()', lambda: csv.reader())
attempt('reader(5)', lambda: csv.reader(5))
attempt('reader 3 args', lambda: csv.reader([], 'excel', 'x'))
attempt('reader both', lambda: csv.reader([], 'excel', dialect='unix'))
attempt('writer(5)', lambda: csv.writer(5))
attempt('writer()', lambda: csv.writer())
attempt('writerows(5)', lambda: csv.writer(io.StringIO()).writerows(5))
attempt('limit str', lambda: csv.field_size_limit('x'))
attempt('limit float', lambda: csv.field_size_limit(1.5))
attempt('limit 2 args', lambda: csv.field_size_limit(1, 2))
attempt('Sniffer', lambda: csv.Sniffer)
class BadStr:
    def __str__(self):
        raise RuntimeError('no str')
attempt('bad field', lambda: csv.writer(io.StringIO()).writerow([BadStr()]))

# The traceback of a csv.Error, as the program sees it (tpy's csv.py frame left out).
try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error:
    print_exc()
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error:
    print_exc()
