# csv: register_dialect/get_dialect/list_dialects, Dialect subclasses and their checks
import csv

print(sorted(csv.list_dialects()))
for name in ['excel', 'excel-tab', 'unix']:
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          repr(d.lineterminator), d.quoting, d.escapechar, d.strict)
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('semi')
print(d.delimiter, d.quoting, d.quotechar, type(d).__name__)
class My(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('my', My)
print(csv.get_dialect('my').delimiter, sorted(csv.list_dialects()))
csv.register_dialect('my2', 'my', delimiter='#')
print(csv.get_dialect('my2').delimiter, csv.get_dialect('my2').quotechar)
csv.unregister_dialect('my2')
csv.unregister_dialect('semi')
print(sorted(csv.list_dialects()))
class Semi(csv.excel):
    delimiter = ';'
s = Semi()
print(s.delimiter, s._valid, csv.Dialect._valid, repr(csv.Dialect._name), csv.excel().quoting)
print(csv.Error.__module__, csv.Error.__name__, issubclass(csv.Error, Exception))

def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('get', lambda: csv.get_dialect('nope'))
attempt('unregister', lambda: csv.unregister_dialect('nope'))
attempt('name', lambda: csv.register_dialect(1))
attempt('register bad', lambda: csv.register_dialect('x', delimiter='ab'))
attempt('reader unknown', lambda: csv.reader([], 'nope'))
attempt('writer unknown', lambda: csv.writer(None, dialect='nope'))
class Bad(csv.Dialect):
    delimiter = 'xx'
attempt('Bad()', Bad)
attempt('Dialect()', csv.Dialect)
class Incomplete(csv.Dialect):
    delimiter = ','
attempt('Incomplete()', Incomplete)
attempt('setattr', lambda: setattr(csv.get_dialect('excel'), 'delimiter', ';'))
for kw in [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None),
           dict(quotechar='ab'), dict(quotechar=1), dict(escapechar='ab'), dict(escapechar=1),
           dict(lineterminator=None), dict(lineterminator=1), dict(quoting=9), dict(quoting='a'),
           dict(quoting=True), dict(quotechar=None, quoting=csv.QUOTE_ALL),
           dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(bogus=1),
           dict(delimiter=1, escapechar=1), dict(quoting=9, lineterminator=None),
           dict(doublequote=0, strict=[], skipinitialspace=1), dict(lineterminator='')]:
    attempt(kw, lambda: csv.reader([], **kw))
