# csv.writer: minimal/all/nonnumeric/none quoting, escapes, line terminators, writerows
import csv
import io

def show(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    counts = [w.writerow(row) for row in rows]
    print(counts, repr(s.getvalue()))

show([['a', 'b,c', 'd"e', 'f\ng', 'h\ri', ' j', 1, 2.5, None, True, '', -0.0, 10 ** 20]])
show([[''], [None], [], ['', ''], [None, None]])
show([['a,b', 'c"d', 'e\\f']], quoting=csv.QUOTE_NONE, escapechar='\\')
show([['a', 1, 2.5, None, True, '']], quoting=csv.QUOTE_ALL)
show([['a', 1, 2.5, None, True, '3', '']], quoting=csv.QUOTE_NONNUMERIC)
show([['a"b', 'c\\d']], doublequote=False, escapechar='\\')
show([['a', 'b c']], lineterminator='\n', delimiter='\t')
show([['a\rb', 'c\nd']], lineterminator='\n')
show([['a!b']], lineterminator='!')
show([['x', 'y']], dialect='unix')
show([['x', 'y z']], quotechar="'", quoting=csv.QUOTE_ALL)
show(['abc', ('t', 'u'), range(3), iter('xy')])
show([['a,b']], quotechar=None, escapechar='/')
s = io.StringIO()
w = csv.writer(s, 'excel-tab')
print(w.writerows([[1, 2], (3, 4), iter([5])]), repr(s.getvalue()), w.dialect.delimiter == '\t')
class Out:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return 'written'
o = Out()
print(csv.writer(o).writerow(['any', 'file-like']), o.parts)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
show([['p', 1]], dialect='pipes')
csv.unregister_dialect('pipes')

# Round trip through a file opened with newline=''.
path = '_csv_tmp.csv'
rows = [['id', 'text'], ['1', 'with, comma'], ['2', 'with "quotes"'], ['3', 'multi\nline'], ['4', '']]
with open(path, 'w', newline='') as f:
    csv.writer(f).writerows(rows)
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    back = list(csv.reader(f))
print(back == rows, back)
import os
os.remove(path)
