# json options, hooks, errors and edge cases (the native _json accelerator must keep them all).
import json
from collections import OrderedDict


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# ---- decoding: hooks and parse callables
print(json.loads('{"a": 1, "b": [1, 2], "a": 3}'))
print(json.loads('{"x": {"y": 1}, "z": 2}', object_hook=lambda d: ('obj', sorted(d))))
print(json.loads('{"x": {"y": 1}, "z": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1}', object_hook=dict.keys, object_pairs_hook=tuple))
print(json.loads('[1.5, 2, -3e2, 1E+2, 0.5e-1]', parse_float=lambda t: 'F' + t, parse_int=lambda t: 'I' + t))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: 'C' + c))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=int.__call__ if False else str))
print(json.loads('123456789012345678901234567890'), json.loads('-123456789012345678901234567890'))
print(json.loads('[9007199254740993, -0, 0, -0.0, 1e400, -1e400, 1e-400]'))
print(json.loads('[1.0000000000000002, 0.1, 123.456e7, 5e-324]'))
print(json.loads('"\\u00e9\\u4e2d\\ud83d\\ude00 \\ud800 x \\udc00"') == '\u00e9\u4e2d\U0001f600 \ud800 x \udc00')
print(json.loads('"\U0001f600 caf\u00e9"'), len(json.loads('"\U0001f600"')))
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"') == '"\\/\b\f\n\r\t')
print(json.loads('"a\tb\x01"', strict=False) == 'a\tb\x01')
print(json.loads(' \n\t\r [ \n 1 , { "a" : [ ] } ] \r\n'))
print(json.loads('{}'), json.loads('[]'), json.loads('{"": ""}'), json.loads('true'), json.loads('null'))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx{"a": 1}yy', 2))
print(dec.raw_decode('"\U0001f600" 5'), dec.raw_decode('\U0001f600 "\U0001f600" 5', 2))
print(dec.decode('  "x"  '))

# ---- decoding errors: messages and positions
bad = ['', ' ', '[', '{', '{"a"', '{"a":', '{"a": 1', '{"a": 1 "b": 2}', '{,}', '{"a": 1, }', "{'a': 1}",
       '[1, 2', '[1 2]', '[,]', '[1,,2]', '"abc', '"abc\\', '"a\\qb"', '"\\u12x4"', '"\\ud800\\u12"', '"\x1f"',
       'nul', 'True', '- 1', '-', '-a', '.5', '1.', '1e', '01', '1 2', '[1] [2]', '{"a": 1}}', '[01]',
       'Infinityx', '-Infinit', '\U0001f600', '"\U0001f600" x', '["\U0001f600", "\\x"]', '[1,\n  2,\n  @]',
       '\ufeff[1]', '{"a"\n:\n1,\n"b" 2}', '[-]', '[1e5.5]', 'nan', '"\ttab"']
for text in bad:
    try:
        print(repr(text), 'ok', json.loads(text))
    except json.JSONDecodeError as e:
        print(repr(text), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == text)
for arg in [None, 5, [1]]:
    show(lambda: json.loads(arg))
show(lambda: json.loads(b'{"a": "\xc3\xa9"}'))
show(lambda: json.loads(bytearray(b'[1]')))
show(lambda: json.loads('[1, 2]', parse_int=lambda t: 1 / 0))
show(lambda: json.loads('{"a": 1}', object_hook=lambda d: d['missing']))
for text in ['"' + 'x' * 10 + '\\u00e9', '"\\u00e9', '"\\u00e9"', '"\\ud83d\\ude00', '"\\ud83d\\ude00"', '"\\ud83d\\u12"', '"\\ud83d\\u0041"',
             '"\\ud83d\\ud83d\\ude00"', '"\\ude00\\ud83d"', '"\\ud83d\\', '"\\ud83d\\u']:
    show(lambda: json.loads(text))
e = json.JSONDecodeError('Custom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)

# ---- deep nesting
for text in ['[' * 100 + ']' * 100, '{"a": ' * 100 + '1' + '}' * 100]:
    print(len(json.dumps(json.loads(text))))
for text in ['[' * 100000, '{"a": ' * 100000, '[' * 5000 + ']' * 5000]:
    show(lambda: len(json.loads(text)))
deep = []
cur = deep
for _ in range(100000):
    cur.append([])
    cur = cur[0]
show(lambda: len(json.dumps(deep)))
deepd = {}
cur = deepd
for _ in range(100000):
    cur['a'] = {}
    cur = cur['a']
show(lambda: len(json.dumps(deepd)))

# ---- encoding: keys, numbers, special floats
print(json.dumps({1: 'i', 2.5: 'f', True: 't', False: 'f', None: 'n', 10 ** 30: 'big', -0.0: 'z'}))
print(json.dumps({float('nan'): 1, float('inf'): 2, -float('inf'): 3}))
show(lambda: json.dumps({float('nan'): 1}, allow_nan=False))
show(lambda: json.dumps([1, float('inf')], allow_nan=False))
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({b'x': 3}))
show(lambda: json.dumps({frozenset(): 3}, skipkeys=True))
print(json.dumps({'a': 1, (1,): 2, 'b': 3, (2,): 4}, skipkeys=True), json.dumps({(1,): 2}, skipkeys=True))
print(json.dumps([10 ** 20, -10 ** 20, 2 ** 63, 0.1, 1e16, 1e-7, 123456789.123, -0.0, 1e22, 1.5e300]))
print(json.dumps([True, False, None, 'x', 1, 1.0, [], {}, (), [[]], [{}]]))
show(lambda: json.dumps(b'bytes'))
show(lambda: json.dumps(object.__new__(type('Thing', (), {}))))
show(lambda: json.dumps([1, {2, 3}]))
show(lambda: json.dumps(1j))
show(lambda: json.dumps({'a': 1, 'b': 2}, sort_keys=True))
show(lambda: json.dumps({1: 1, 'b': 2}, sort_keys=True))
print(json.dumps({'b': {'z': 1, 'y': 2}, 'a': [3, {'d': 1, 'c': 2}], 'é': 1, 'e': 2, 'Z': 3}, sort_keys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True), json.dumps({2.5: 1, 1: 2}, sort_keys=True))

# ---- encoding: strings
for s in ['', 'plain', 'q"uote', 'back\\slash', '\x00\x01\x1f\x7f\x80', '\n\r\t\b\f', 'caf\u00e9', '\u4e2d\u6587',
          '\U0001f600', '\ud800', '\udfff x', '/slash', '\u2028\u2029', '\uffff']:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False) == '"' + s.replace('\\', '\\\\').replace('"', '\\"')
          .replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t').replace('\b', '\\b').replace('\f', '\\f')
          .replace('\x00', '\\u0000').replace('\x01', '\\u0001').replace('\x1f', '\\u001f') + '"')
print(json.dumps({'\u00e9': '\U0001f600'}), json.dumps({'\u00e9': '\U0001f600'}, ensure_ascii=False))

# ---- encoding: indent and separators
value = {'a': [1, 2, {'b': None}], 'c': {}, 'd': [], 'e': [[]], 'f': 'x'}
for kw in [dict(indent=0), dict(indent=1), dict(indent=-2), dict(indent='--'), dict(indent=''),
           dict(separators=(',', ':')), dict(separators=(' , ', ' : ')), dict(indent=2, separators=(', ', ': ')),
           dict(indent=3, sort_keys=True), dict(indent='\t', ensure_ascii=False)]:
    print(kw)
    print(json.dumps(value, **kw))
print(json.dumps([1, [2, [3, []]]], indent=2))
print(json.dumps(5, indent=4), json.dumps('s', indent=4), json.dumps([], indent=4), json.dumps({}, indent=4))

# ---- subclasses and default
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
    __str__ = __repr__
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    def __str__(self):
        return 'MyStr!'
class MyList(list):
    pass
class MyTuple(tuple):
    pass
class MyDict(dict):
    pass
class Reversed(dict):
    def items(self):
        return list(reversed(list(dict.items(self))))
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1, 2]), MyTuple((3,)), MyDict(a=1)]))
print(json.dumps({MyInt(5): 1, MyFloat(2.5): 2, MyStr('k'): 3}))
print(json.dumps(Reversed(a=1, b=2, c=3)), json.dumps(Reversed(a=1, b=2, c=3), sort_keys=True))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1, 2}], cls=PointEncoder))
print(json.dumps({'p': Point(1, Point(2, 3))}, cls=PointEncoder, indent=1))
print(PointEncoder(sort_keys=True).encode({'b': Point(0, 0), 'a': 1}))
print(''.join(PointEncoder().iterencode([Point(5, 6)])))
show(lambda: json.dumps(Point(1, object()), cls=PointEncoder))
print(json.dumps([Point(1, 2)], default=vars), json.dumps({'s': {1}}, default=lambda o: list(o)))
show(lambda: json.dumps([1], default=lambda o: o))
show(lambda: json.dumps(Point(0, 0), default=lambda o: o))
show(lambda: json.dumps(Point(0, 0), default=lambda o: 1 / 0))


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


class Chunky(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        return ['<', str(o), '>']


print(json.dumps({'a': 'b'}, cls=Upper), json.dumps([1, 2], cls=Chunky), Chunky().encode(None))
print(Chunky().encode('s\u00e9'), Chunky(ensure_ascii=False).encode('s\u00e9'), json.dumps('x', cls=Chunky))
print(json.JSONEncoder(indent=2, separators=(',', '=')).encode({'a': [1]}))
enc = json.JSONEncoder()
print(enc.item_separator, enc.key_separator, json.JSONEncoder(indent=1).item_separator)

# ---- circular references
a = []
a.append(a)
show(lambda: json.dumps(a))
d = {}
d['self'] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps([d]))
shared = [1]
print(json.dumps([shared, shared, {'k': shared}]))
show(lambda: json.dumps(Point(0, 0), default=lambda o: [o]))
show(lambda: len(json.dumps(a, check_circular=False)))

# ---- round trips
data = {'ints': [0, -1, 2 ** 70], 'floats': [0.5, -2.25, 1e-10], 'text': 'tab\there "q" \u00e9 \U0001f600',
        'nested': [{'a': [{'b': [None, True, False]}]}], '': ''}
for kw in [{}, dict(indent=2), dict(ensure_ascii=False), dict(separators=(',', ':'), sort_keys=True)]:
    print(json.loads(json.dumps(data, **kw)) == data)
