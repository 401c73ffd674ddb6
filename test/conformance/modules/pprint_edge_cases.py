# pprint: mixed-type dict keys, streams, depth, long strings and bytes split, ChainMap/UserDict/mappingproxy, subclasses
import pprint, io, collections, types
d = {1: 'a', 'b': 2, None: 3, (1, 2): 4, 2.5: 5}
pprint.pprint(d); pprint.pprint(d, width=20)
r = {'self': None}; r['self'] = r; print(pprint.pformat(r).startswith("{'self': <Recursion on dict with id="))
s = io.StringIO(); pp = pprint.PrettyPrinter(stream=s, width=30, depth=1); pp.pprint({'a': {'b': 1}, 'c': [1, [2]]}); print(repr(s.getvalue()))
print(pprint.pformat('word ' * 30, width=40))
print(pprint.pformat(['x' * 50, 'short'], width=30))
print(pprint.pformat({'key': 'a long value string that must be split somewhere in the middle'}, width=35))
print(pprint.pformat(bytearray(b'abcdefghij' * 6), width=30))
print(pprint.pformat(collections.ChainMap({'a': 1}, {'b': list(range(20))}), width=40))
print(pprint.pformat(collections.UserDict(a=list(range(30))), width=40), pprint.pformat(collections.UserList(range(30)), width=40))
print(pprint.pformat(types.MappingProxyType({'a': list(range(25))}), width=40))
print(pprint.pformat(range(100)), pprint.pformat(set(range(3))), pprint.pformat(set()), pprint.pformat(frozenset()), pprint.pformat(()), pprint.pformat((1,)))
print(pprint.pformat({'a': 1, 'b': 2}, sort_dicts=False, width=1), pprint.pformat([1, 2], indent=3, width=1))
print(pprint.pformat(10**40, underscore_numbers=True), pprint.pformat([1.5, -0.0, float('nan')]))
class R:
    def __repr__(self): return 'R(\n)'
print(pprint.pformat([R(), R()], width=5), pprint.isreadable(R()), pprint.saferepr([R()]))
class MyList(list): pass
print(pprint.pformat(MyList(range(30)), width=40))
class MyDict(dict):
    def __repr__(self): return 'MyDict!'
print(pprint.pformat(MyDict(a=list(range(30))), width=40))
try: pprint.PrettyPrinter(indent=-1)
except ValueError as e: print('ValueError', e)
try: pprint.PrettyPrinter(width=0)
except ValueError as e: print('ValueError', e)
try: pprint.PrettyPrinter(depth=0)
except ValueError as e: print('ValueError', e)
