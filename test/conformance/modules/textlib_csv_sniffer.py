# csv.Sniffer: sniff() guesses delimiter, quotechar, doublequote and skipinitialspace (quoted fields first, then
# character frequencies per line, the preferred list on ties); has_header() votes per column
import csv, io
def sniff(sample, delimiters=None):
    try:
        d = csv.Sniffer().sniff(sample, delimiters)
    except csv.Error as e:
        print('Error', e)
        return None
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d._name, issubclass(d, csv.Dialect))
    return d
samples = [
    'id;name;score\n1;"Ann";3.5\n2;"Bob";4\n3;"Cy";5\n',
    'a,b,c\n1,2,3\n4,5,6\n',
    'a\tb\tc\n1\t2\t3\n',
    'abc',
    'a, b, c\n1, 2, 3\n',
    "'x':'y'\n'z':'w'\n",
    '"a ""quoted"" word",b\n"c",d\n',
    '"only"\n"quoted"\n"column"\n',
    'a|b|c\n1|2|3\n4|5\n6|7|8\n9|10|11\n',
    'x:y;z\n1:2;3\n4:5;6\n',
    'one two three\nfour five six\n',
    '\n'.join('%d,%d;%d' % (i, i * 2, i * 3) for i in range(25)),
    '',
    'a,"b,c",d\r\ne,"f",g\r\n',
    "name, 'val'\nx, 'y'\n",
]
for s in samples:
    sniff(s)
sniff('a;b,c\n1;2,3\n', delimiters=';')
sniff('a;b,c\n1;2,3\n', delimiters='|')
d = sniff(samples[0])
print(list(csv.reader(io.StringIO(samples[0]), d)))
s = csv.Sniffer()
print(s.preferred)
for sample in ['a,b\n1,2\n3,4\n', '1,2\n3,4\n', 'name,age\nann,30\nbob,41\n', 'xx,yy\nab,cd\nef,gh\n', 'name,code\nann,AB\nbob,CD\n', 'a,b\n1,2,3\nx\n', 'h1,h2\n1+2j,5\n3,6\n']:
    try:
        print(repr(sample), s.has_header(sample))
    except csv.Error as e:
        print(repr(sample), 'Error', e)
