# csv.Sniffer: guessing delimiter, quote character, doubled quotes and initial spaces; has_header
import csv
import io

samples = [
    "a,b,c\n1,2,3\n4,5,6\n",
    "name;age;city\nAnn;31;Oslo\nBob;17;Rome\n",
    "x\ty\tz\n1\t2\t3\n",
    "a|b|c\n1|2|3\n4|5|6\n7|8|9\n",
    'id,"name, full",score\n1,"Smith, J",9.5\n2,"Doe, A",7\n',
    "id, name, score\n1, 'Smith', 9.5\n2, 'Doe', 7\n",
    "'a';'b'\n'c';'d'\n",
    '"one"\n"two"\n"three"\n',
    '"He said ""hi""",x\n"plain",y\n',
    "a:b:c\n1:2:3\n",
    "a b c\n1 2 3\n",
    "k=v&k2=v2\nk3=v3&k4=v4\n",
    "1,2;3\n4,5;6\n7,8;9\n",
    "\n".join("r%d,%d;%d" % (i, i, i) for i in range(25)) + "\n",
    "a,b\n1,2\n3,4,5\n6,7\n8,9\n10,11\n12,13\n14,15\n16,17\n18,19\n20,21\n22,23\n",
]
for text in samples:
    try:
        d = csv.Sniffer().sniff(text)
    except csv.Error as e:
        print(repr(text[:20]), "csv.Error:", e)
        continue
    print(repr(text[:20]), repr(d.delimiter), repr(d.quotechar), d.doublequote, repr(d.skipinitialspace),
          repr(d.lineterminator), d.quoting, d._name, d.escapechar)
    print("   ", list(csv.reader(io.StringIO(text), d))[:2])
    try:
        print("    header:", csv.Sniffer().has_header(text))
    except csv.Error as e:
        print("    header: csv.Error:", e)
print(csv.Sniffer().sniff("a;b,c\n1;2,3\n", delimiters=";").delimiter, csv.Sniffer().sniff("a;b,c\n1;2,3\n", delimiters=",").delimiter)
print(csv.Sniffer().sniff("a;b,c\n1;2,3\n").delimiter, csv.Sniffer().preferred)
for bad in ["abc\ndef\n", "", "a,b\n1;2\n3 4\n"]:
    try:
        print(repr(csv.Sniffer().sniff(bad).delimiter))
    except csv.Error as e:
        print("csv.Error:", e)
print(csv.Sniffer().has_header("name,age\nann,31\nbob,17\n"), csv.Sniffer().has_header("1,2\n3,4\n5,6\n"),
      csv.Sniffer().has_header("code,n\nab,1\ncd,2\n"), csv.Sniffer().has_header("aa,1\nbb,2\ncc,3\n"))
d = csv.Sniffer().sniff("a,b\n1,2\n")
print(d.__name__, d.__qualname__, issubclass(d, csv.Dialect), d().delimiter)
