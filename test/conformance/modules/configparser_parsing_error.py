# configparser: ParsingError's source/filename arguments, the deprecated filename attribute, and errors collected while reading
import configparser as cp
import warnings

warnings.simplefilter('always')
for args, kwargs in [((), {}), (('s', 'f'), {}), ((), {'filename': 'f'}), (('s',), {})]:
    try:
        e = cp.ParsingError(*args, **kwargs)
        print(repr(str(e)), e.args, e.source, e.errors)
    except Exception as exc:
        print(type(exc).__name__, exc)
e = cp.ParsingError('src')
print(e.filename)
e.filename = 'other'
print(e.source, e.args, str(e))
p = cp.ConfigParser()
try:
    p.read_string('[s]\nok = 1\nbad line\n  \n[t]\nalso bad\n', source='mine.ini')
except cp.ParsingError as exc:
    print(type(exc).__name__, exc.source, exc.errors)
    print(exc)
print(p.sections(), p.items('s'))
try:
    cp.ConfigParser().read_string('x = 1\n')
except cp.MissingSectionHeaderError as exc:
    print(exc.source, exc.lineno, repr(exc.line), exc.args, 'errors' in vars(exc))
