# json.dumps/loads with all defaults go through the shared _default_encoder/_default_decoder; any option builds its own
import json
doc = {'a': [1, 2.5, None, True, False], 'b': {'c': 'é"\n'}, 'd': [], 'e': {}}
print(json.dumps(doc), json.dumps(doc, sort_keys=True), json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, indent=1)[:30].split('\n'), json.dumps(doc, separators=(',', ':')))
print(json.loads(json.dumps(doc)) == doc, json.loads('[1, 2.0, "x"]', parse_float=str), json.loads('{"a": 1}', object_pairs_hook=list))
print(type(json._default_encoder).__name__, type(json._default_decoder).__name__)
class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o)
print(json.dumps({1, 3, 2}, cls=E), json.dumps(float('nan')), json.loads('NaN'))
for bad in ('[1,]', '{"a" 1}', '', '[1] x'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(float('inf'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
print(json.dumps('a\u2028b'), json.dumps(2 ** 70), json.dumps(1e300), json.loads('1e400'), json.loads(b'[1]'))
