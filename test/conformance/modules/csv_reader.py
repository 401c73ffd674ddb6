# csv.reader: quoting, escapes, multi-line fields, dialect parameters, line_num
import csv

def show(lines, *args, **kw):
    r = csv.reader(lines, *args, **kw)
    print(list(r), r.line_num)

show(['a,b,c\r\n', '1,"2,x",3\n', '\n', '', '"q""q",\n'])
show(['a,"b\n', 'c",d\n'])
show(['"a"b,c\n'])
show(['"abc'])
show(['a\0b\n'])
show([' a, "b" ,c'])
show([' a, "b"'], skipinitialspace=True)
show(['a\\,b,c\\\n', 'd'], escapechar='\\')
show(['"a\\"b",c'], escapechar='\\', doublequote=False)
show(['"a""b",c'], doublequote=False)
show(['1,"2",3.5,,-4e3'], quoting=csv.QUOTE_NONNUMERIC)
show(['a,"b",c'], quoting=csv.QUOTE_NONE)
show(['a;b;"c;d"'], delimiter=';')
show(["'x','y,z'"], quotechar="'")
show(['a\tb\t"c\td"'], dialect='excel-tab')
show(['a,b'], quotechar=None)
show(['a|b'], dialect=csv.excel, delimiter='|')
show(iter(['x,y', 'z']))
show(('1,2', '3'))
show(['"multi\r\n', 'line\r\n', 'field",end\r\n', 'next\r\n'])
show(['"unterminated\n', 'still'])
show(['a,b\r', '\n'])
show(['', '', 'x'])
show(['a,', ',b', ','])
r = csv.reader(['a,b', 'c'])
print(next(r), r.line_num, next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print('StopIteration', r.line_num)
d = r.dialect
print(repr(d.delimiter), repr(d.quotechar), d.escapechar, d.doublequote, d.skipinitialspace,
      repr(d.lineterminator), d.quoting, d.strict)
print(csv.reader([], quotechar=None).dialect.quoting, csv.reader([], 'unix').dialect.quoting)
print(type(r).__name__, type(d).__name__, type(r).__module__, iter(r) is r)
class Semi:
    delimiter = ';'
    skipinitialspace = True
show(['a; b;"c"'], dialect=Semi)
show(['a; b'], Semi, delimiter='|')
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
show(['0123456789,"0123456789"'])
csv.field_size_limit(131072)
