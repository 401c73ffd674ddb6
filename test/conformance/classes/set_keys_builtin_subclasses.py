# sets and frozensets of float/str/int subclasses overriding __hash__ and __eq__
class FloatKey(float):
    def __hash__(self): return 7
    def __eq__(self, o): return True
print(len({FloatKey(1), FloatKey(2)}), len({FloatKey(1.5), 2.5}), 2.5 in {FloatKey(1)}, len(frozenset([FloatKey(1), 3.0])))
class CIStr(str):
    def __hash__(self): return hash(self.lower())
    def __eq__(self, o): return isinstance(o, str) and self.lower() == o.lower()
s = {CIStr('A')}
s.add('a'); print(len(s), 'a' in s, s - {'a'}, {'a'} - s, s & {'a'}, s.issubset({'a'}))
s.discard('a'); print(s)
s2 = {CIStr('B')}; s2.remove('b'); print(s2)
class IntKey(int):
    def __hash__(self): return 5
    def __eq__(self, o): return True
print(len({IntKey(1), IntKey(2), 5, 6}), {IntKey(1): 1, 5: 2})
d = {1.5: 'a'}; print(d.get(FloatKey(9)), FloatKey(9) in d)
