# defaultdict's repr guards its factory's repr against recursion (Py_ReprEnter), as CPython does.
from collections import defaultdict


class sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory

    def _factory(self):
        return []


d = sub()
print(repr(d).replace(hex(id(d)), 'ADDR'))
e = defaultdict(list)
e[1] = e
e[2] = [e]
print(e)
print(defaultdict(), defaultdict(int, a=1))
