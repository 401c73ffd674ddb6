# json.decoder.JSONDecoder hooks and JSONDecodeError's position fields (line/column over several lines).
import json
from json.decoder import JSONDecoder, JSONDecodeError
d = JSONDecoder()
print(d.parse_float is float, d.parse_int is int, d.strict, d.object_hook, d.object_pairs_hook)
print(d.parse_constant('NaN'), d.parse_constant('Infinity'), d.parse_constant('-Infinity'))
print(JSONDecoder(parse_float=0, parse_int=None).parse_float is float)
print(d.decode('  [1, 2.5, "x"]\n\t '), d.decode('NaN'), d.decode('-Infinity'))
print(d.raw_decode('xx{"a": 1} tail', 2), d.raw_decode('"s"'))
h = JSONDecoder(parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=lambda s: 'C' + s)
print(h.decode('[1.5, 2, NaN, -Infinity, 1e3]'))
print(JSONDecoder(object_hook=lambda o: sorted(o.items())).decode('{"b": 1, "a": {"c": 2}}'))
print(JSONDecoder(object_pairs_hook=tuple, object_hook=dict).decode('{"b": 1, "a": 2}'))
for text in ['', '   ', '[1,\n 2,\n  x]', '{"a" 1}', '[1] [2]', '[1]\n\n  z', '"a\tb"', '\n\n\n']:
    try:
        print(repr(d.decode(text)))
    except JSONDecodeError as e:
        print(type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == text)
print(JSONDecoder(strict=False).decode('"a\tb"'))
e = JSONDecodeError('Boom', 'ab\ncd\nef', 7)
print(e, e.args, e.lineno, e.colno, isinstance(e, ValueError))
f = JSONDecodeError('At start', 'x', 0)
print(f, f.lineno, f.colno)
print(e.__reduce__()[1], e.__reduce__()[0] is JSONDecodeError)
class Sub(JSONDecodeError): pass
print(Sub('m', 'abc', 1).__reduce__()[0] is Sub)
try:
    d.raw_decode('[1, 2', 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.raw_decode('   1')
except ValueError as e:
    print(type(e).__name__, e)
