# `from module import names` binds the names directly
from _mod_util import add, PI
from _mod_util import (greet,
                       Counter)
print(add(1, 2), PI, greet("ann"))
counter = Counter()
print(counter.tick(), counter.tick())
print("_mod_util" in dir(), "add" in dir())
import sys
print("_mod_util" in sys.modules)
from _mod_util import GREETING as G, _private
print(G, _private[:10])
import _mod_util
print(add is _mod_util.add, Counter is _mod_util.Counter)
