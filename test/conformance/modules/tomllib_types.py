# tomllib: every TOML value type, as CPython 3.11's tomllib reads it.
import tomllib
import io
import math


def show(doc, **kw):
    try:
        print(repr(tomllib.loads(doc, **kw)))
    except tomllib.TOMLDecodeError as e:
        print('TOMLDecodeError:', e)


# basic strings and escapes
show('s = "hello"')
show(r's = "tab\tnl\nquote\"back\\ \b\f\r"')
show(r's = "\u00e9\U0001F600\u0041"')
show('s = ""')
show("s = 'literal \\n \\t no escapes'")
show("s = ''")
show('s = """\nfirst\nsecond"""')
show('s = """one \\\n    two \\\n\n   three"""')
show('s = """a\\   \n  b"""')
show('s = """quotes "" inside"""')
show('s = """ends with quotes"""""')
show('s = """ends with one""""')
show("s = '''\nraw\\n\n  kept'''")
show("s = '''two more'''''")
show("s = 'that''s'")
show('s = "tab\there"')
show('s = """multi\ttab\r\nline"""')
# integers
for text in ['0', '+0', '-0', '42', '+17', '-17', '1_000', '5_349_221', '0xDEADBEEF',
             '0xdead_beef', '0o755', '0o01234567', '0b11010110', '0b1_0', '0x0',
             '9999999999999999999999999']:
    show('n = ' + text)
# floats
for text in ['1.0', '+1.0', '3.1415', '-0.01', '5e+22', '1e06', '-2E-2', '6.626e-34',
             '224_617.445_991_228', '-0.0', '+0.0', '0e0', '1.5e3', 'inf', '+inf', '-inf']:
    show('f = ' + text)
for text in ['nan', '+nan', '-nan']:
    v = tomllib.loads('f = ' + text)['f']
    print(text, type(v).__name__, math.isnan(v))
# booleans
show('t = true\nf = false')
# dates and times
show('odt1 = 1979-05-27T07:32:00Z')
show('odt2 = 1979-05-27T00:32:00-07:00')
show('odt3 = 1979-05-27T00:32:00.999999-07:00')
show('odt4 = 1979-05-27 07:32:00z')
show('odt5 = 1979-05-27t07:32:00+05:30')
show('ldt1 = 1979-05-27T07:32:00')
show('ldt2 = 1979-05-27T00:32:00.5')
show('ldt3 = 1979-05-27T00:32:00.1234567899')
show('ld1 = 1979-05-27')
show('lt1 = 07:32:00')
show('lt2 = 00:32:00.999999')
show('lt3 = 23:59:59.1')
show('d = 2024-02-29')
r = tomllib.loads('a = 2000-01-01T00:00:00+01:00')['a']
print(r.utcoffset(), r.tzinfo)
# arrays
show('a = [ 1, 2, 3 ]')
show('a = []')
show('a = [ ]')
show('a = [ "red", "yellow", "green" ]')
show('a = [ [ 1, 2 ], [3, 4, 5] ]')
show('a = [ [ 1, 2 ], ["a", "b", "c"] ]')
show('a = [ 0.1, 0.2, 0.5, 1, 2, 5 ]')
show('a = [\n  1,\n  2, # comment\n  # only a comment\n]')
show('a = [1,2,]')
show('a = [{x = 1}, {y = 2}, []]')
show('a = [\n\n]')
# inline tables
show('name = { first = "Tom", last = "Preston-Werner" }')
show('point = { x = 1, y = 2 }')
show('animal = { type.name = "pug" }')
show('t = {}')
show('t = { a = { b = { c = 1 } }, d = [1] }')
show('t = {a.b = 1, a.c = 2}')
# keys
show('bare_key-1 = 1\n"quoted key" = 2\n\'literal key\' = 3\n1234 = 4')
show('"" = "blank"')
show("'' = 'blank'")
show('a . b . c = 1')
show('site."google.com" = true')
show('3.14159 = "pi"')
show('"\\u00e9" = 1')
# comments and whitespace
show('# comment\n\n  a = 1 # trailing\n\t b = 2\n')
show('a = 1\r\nb = 2\r\n')
show('')
show('   \n\n# only comments\n')
# parse_float
show('f = 1.5', parse_float=str)
show('f = [1.25, 2e3, inf, -nan]', parse_float=lambda s: 'F' + s)
show('i = 15', parse_float=str)
from decimal import Decimal
show('f = 0.1', parse_float=Decimal)
try:
    tomllib.loads('f = 1.5', parse_float=lambda s: {})
except ValueError as e:
    print(type(e).__name__, e)
try:
    tomllib.loads('f = [1.5]', parse_float=lambda s: [])
except ValueError as e:
    print(type(e).__name__, e)
# load from a binary file
print(tomllib.load(io.BytesIO(b'a = "caf\xc3\xa9"\n[b]\nc = 1\n')))
try:
    tomllib.load(io.StringIO('a = 1'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    tomllib.loads(b'a = 1')
except TypeError as e:
    print(type(e).__name__, e)
try:
    tomllib.loads(None)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(tomllib.__all__))
print(tomllib.TOMLDecodeError.__module__, tomllib.TOMLDecodeError.__mro__[1].__name__)
