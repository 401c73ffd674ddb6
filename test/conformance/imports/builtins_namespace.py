# __builtins__ as each kind of code sees it: the module in __main__, the builtins' dict in an
# imported module and in globals that exec/eval filled in (what a script run by cProfile, trace
# or profile sees), and a mapping given explicitly is kept.
import _mod_shapes
import json

print(type(__builtins__).__name__)
print(type(_mod_shapes.__builtins__).__name__, type(json.__builtins__).__name__)
print(_mod_shapes.__builtins__ is __builtins__.__dict__)
g = {}
exec('x = len("ab")', g)
print(type(g['__builtins__']).__name__, g['__builtins__'] is __builtins__.__dict__, g['x'])
g2 = {}
print(eval('abs(-3)', g2), type(g2['__builtins__']).__name__)
g3 = {'__builtins__': {'len': lambda s: 99}}
exec('y = len("ab")', g3)
print(g3['y'])
g4 = {'__builtins__': __builtins__}
exec('z = max(1, 2)', g4)
print(g4['z'], type(g4['__builtins__']).__name__)
