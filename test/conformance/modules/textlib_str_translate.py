# str.translate with a plain dict (read without a KeyError per unmapped character), a dict subclass with __missing__, a list, bad mappings
s = 'hello\tworld\n' * 20000
if True:
    r = s.translate({9: 32, 10: None, ord('o'): 'OO'})
print(len(r), r[:20])
class D(dict):
    def __missing__(self, k): return k + 1 if k < 100 else None
print('abc\x7f'.translate(D()), 'abc'.translate({97: 1.5} if False else {97: 'z', 98: 66}))
try: 'a'.translate({97: 1.5})
except TypeError as e: print(e)
try: 'a'.translate({97: -1})
except ValueError as e: print(e)
print('a1'.translate({97.0: 'x', True: 'y'}), 'ab'.translate(str.maketrans('ab', 'ba')), 'abc'.translate([None, 'x'] * 60))
