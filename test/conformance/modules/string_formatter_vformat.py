# string.Formatter._vformat, which subclasses call: (text, next automatic index).
import string
fmt = string.Formatter()
print(fmt._vformat("{} {}", (1, 2), {}, set(), 2))
print(fmt._vformat("{0} {1}", (1, 2), {}, set(), 2))
print(fmt._vformat("{} {x:{}}", (1, 5), {'x': 3}, set(), 2, 0))
try:
    fmt._vformat("{i}", (), {'i': 1}, set(), -1)
except ValueError as e:
    print(e)
class Upper(string.Formatter):
    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        return text.upper()
print(Upper().format('{} and {name}', 'a', name='b'))
