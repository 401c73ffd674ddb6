import json
import io

data = {'name': 'tpy', 'version': [0, 1], 'ok': True, 'none': None, 'pi': 3.14159, 'big': 10 ** 20, 'neg': -0.0,
        'nested': {'a': [1, 2, {'b': 'c'}], 'empty': {}, 'list': []}, 'unicode': 'caf\u00e9 \U0001f600', 'esc': 'q"\\/\n\t\x01'}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.dumps([1, [2, [3]]], indent='\t'), json.dumps({}, indent=4), json.dumps([], indent=4), json.dumps({'a': []}, indent=0))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}), json.dumps((1, 2)), json.dumps('x'), json.dumps(1e100), json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({1}, default=sorted), json.dumps({'b': 1, 'a': 2}, sort_keys=True))
text = json.dumps(data)
back = json.loads(text)
print(back == data, back['unicode'], type(back['big']), back['version'])
print(json.loads('  {"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\ud83d\\ude00\\n"}  '))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('"plain"'), json.loads('123'), json.loads(b'[1]'), json.loads('1.0'), json.loads('-0'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[1.5]', parse_float=str))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Enc), Enc(indent=2).encode([1]))
for bad in ['', '[1,', '{"a" 1}', '{"a": 1,}', '[1 2]', '{1: 2}', '"abc', '[1] x', 'tru', '"\\x"', '"\\u12"', '"a\nb"', '[1,]', '-', '01']:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), 'JSONDecodeError', e, e.pos, e.lineno, e.colno)
for bad in [lambda: json.dumps({1}), lambda: json.dumps({(1,): 2}), lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.loads(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
print(issubclass(json.JSONDecodeError, ValueError), json.loads('\n\n  [1,\n  x]'.replace('x', '2')))
try:
    json.loads('[1,\n  x]')
except ValueError as e:
    print(e)
