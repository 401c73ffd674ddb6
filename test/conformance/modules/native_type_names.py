# error messages name a module's native types as CPython's tp_name does ('re.Match', 'collections.deque')
import collections
import operator
import re
import sys
import time

m = re.match("a", "a")
cases = [
    lambda: m.split,
    lambda: m + 1,
    lambda: collections.deque() + 1,
    lambda: collections.deque().foo,
    lambda: operator.itemgetter(1).x,
    lambda: len(m),
    lambda: sys.version_info.foo,
    lambda: time.localtime(0).foo,
    lambda: m(),
    lambda: {collections.deque(): 1},
    lambda: "%d" % collections.deque(),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__, e)
# __name__, __module__ and repr keep their usual forms.
print(type(m).__name__, type(m).__module__, type(m))
print(collections.deque.__name__, collections.deque, repr(collections.deque([1])))
print(type(sys.version_info), type(time.localtime(0)).__name__, operator.itemgetter)
