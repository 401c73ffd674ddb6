# rlcompleter: names, keywords, builtins and attributes
import rlcompleter, readline

class Point:
    """a point"""
    dims = 2
    def __init__(self):
        self.x = 1
        self._hidden = 2
    def norm(self, p):
        return p
    def reset(self):
        pass
    @property
    def area(self):
        raise RuntimeError('not evaluated')

ns = {'point': Point(), 'Point': Point, 'value': 42, 'values_list': [1], 'func': lambda a: a, 'noargs': lambda: 0}
c = rlcompleter.Completer(ns)
def all_of(text):
    out = []
    state = 0
    while True:
        m = c.complete(text, state)
        if m is None:
            return out
        out.append(m)
        state += 1
for text in ['val', 'po', 'Po', 'fu', 'noa', 'whi', 'tr', 'fin', 'el', 'Tr', 'im', 'point.', 'point.n', 'point._',
             'point.__cl', 'point.__in', 'point.are', 'point.di', 'Point.no', 'value.real', 'value.num', 'nosuch.x', 'values_list.app',
             'cas', 'ma', '  ', 'len', 'zzz']:
    print(repr(text), all_of(text))
print(c.complete('', 0), c.complete('', 1))
print(readline.get_completer() is not None, type(readline.get_completer().__self__).__name__)
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print('TypeError', e)
print(rlcompleter.get_class_members(bool)[:3])
