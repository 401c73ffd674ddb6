# tomllib: every TOML construct (strings, numbers, dates and times, arrays, inline/dotted/array tables) and decoding errors
import tomllib, io
doc = '''
# comment
title = "TOML \\u00e9 \\U0001F600 \\t tab"
lit = 'C:\\path\\no escape'
multi = """
Roses are red
  Violets \\
    are blue"""
mlit = \'\'\'
raw \\n text\'\'\'
int1 = +99
int2 = -17
int3 = 1_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
flt = 6.626e-34
flt2 = -0.0
flt3 = 5e+22
infs = [inf, +inf, -inf]
nan = nan
bools = [true, false]
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999+05:30
odt4 = 1979-05-27 07:32:00Z
ldt = 1979-05-27T07:32:00.5
ld = 1979-05-27
lt = 07:32:00.123456789
arr = [ 1, 2, 3, ]
nested = [ [1, 2], ["a", 'b'], [1.1, {x = 1}] ]
"quoted key" = 1
'single' = 2
dotted.key.here = 3
site."google.com" = true
inline = { a = 1, b.c = 2, d = [1] }
empty = {}
ml_arr = [
  1, # one
  2
]

[table]
k = "v"
[table.sub]
k2 = 1
[ spaced . header ]
x = 1
[[products]]
name = "Hammer"
[[products]]
name = "Nail"
[products.details]
color = "grey"
[[products.variants]]
v = 1
'''
d = tomllib.loads(doc)
for k, v in d.items():
    print(repr(k), repr(v))
print(tomllib.loads("x = 1.5", parse_float=lambda s: ("F", s)))
print(tomllib.load(io.BytesIO(b"a = 1")))
bad = ["x = ", "x = 1\nx = 2", "[a]\n[a]", "x = 'unterminated", 'x = "\\q"', "x = 01", "x = 1__0", "x = [1,,2]",
       "x = {a = 1, a = 2}", "x = {a = 1,}", "= 1", "x = 1 y = 2", "x = 1979-13-01", "x = 25:00:00", "a.b = 1\n[a]\nb = 2",
       "[[a]]\n[a]", "x = tru", "x = 0x", "x = 1.", "x = .5", "x = +nan0", "x=\"\"\"abc", "x = \"a\nb\"", "[a.b]\nc=1\n[a]\nb.d=2",
       "a = {b = 1}\n[a.c]", "x = 9223372036854775808", "x = 1e1000", "k = \"\\uD800\"", "k\u00e9 = 1", "x = [1\n2]", "\tx=1\n[  ]", "x = 1 # \x00"]
for b in bad:
    try:
        print("OK?", tomllib.loads(b))
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError", e)
try: tomllib.loads(b"x=1")
except TypeError as e: print(e)
try: tomllib.load(io.StringIO("x=1"))
except TypeError as e: print(e)
try: tomllib.loads("x = 1.5", parse_float=lambda s: {})
except ValueError as e: print(e)
