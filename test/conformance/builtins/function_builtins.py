# A function looks names up in the builtins of the globals it was made in (func_builtins),
# however it is called: from tpy code, from a native (map, sorted, min), as a method.
fake = {'len': lambda x: 42, 'print': print, 'str': str, 'range': range, '__build_class__': __build_class__}
g = {'__builtins__': fake, '__name__': 'fakemod'}
exec('''
def f():
    return len('ab')
class C:
    def m(self):
        return len('abc')
    def __lt__(self, other):
        return len('') < 0
def loop():
    t = 0
    for i in range(300):
        t += len(str(i))
    return t
print(len('abc'))
''', g)
f = g['f']
print(f(), [f() for _ in range(3)])
print(list(map(lambda h: h(), [f, f])))
print(sorted([f], key=lambda h: h()) == [f])
c = g['C']()
print(c.m(), g['C'].m(c))
print(min(g['C'](), g['C']()) is not None)
print(g['loop']())
print(f.__builtins__ is fake)

# The builtins come from globals when the function is made, not when it is called.
g2 = {}
exec('def h():\n    return abs(-3)', g2)
print(g2['h'](), g2['h'].__builtins__ is __builtins__.__dict__)
g2['__builtins__'] = {'abs': lambda x: 'changed'}
print(g2['h']())
exec('def h2():\n    return abs(-3)', g2)
print(g2['h2']())

# A module object as __builtins__ works as its dict.
import builtins
g3 = {'__builtins__': builtins}
exec('def k():\n    return max(1, 5)', g3)
print(g3['k'](), g3['k'].__builtins__ is builtins.__dict__)

# A name missing from those builtins is a NameError, even though the real builtins have it.
g4 = {'__builtins__': {}}
exec('def m():\n    return sum([1])', g4)
try:
    g4['m']()
except NameError as e:
    print('NameError:', e)

# A class statement finds __build_class__ among those builtins too.
try:
    exec('class K:\n    pass', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)
