# `import module as alias` and `from module import name as alias`
import _mod_util as u
from _mod_util import add as plus, greet as hello
import math as m
print(u.add(1, 1), plus(2, 2), hello("bob"), m.floor(2.5))
print(u.__name__, plus.__name__, m.__name__)
print("_mod_util" in dir(), "u" in dir(), "add" in dir())
import _mod_util
print(u is _mod_util)
import sys as system, math as mathematics
print(system.argv[0], mathematics.sqrt(9))
