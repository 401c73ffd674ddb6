# re's and random's functions, defs in CPython, report argument mistakes as a def does
import re, random

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

for name in ['compile', 'search', 'match', 'split', 'sub', 'escape', 'purge']:
    fn = getattr(re, name)
    t(lambda: fn())
    t(lambda: fn('a'))
    t(lambda: fn(1, 2, 3, 4, 5, 6, 7))
    t(lambda: fn('a', zzz=1))
    t(lambda: fn('a', pattern='b'))
t(lambda: re.purge(1))
# the pattern cache's lookup hashes pattern and flags; the compiler tests flags with &
t(lambda: re.match([1], 's'))
t(lambda: re.match('a', 's', [1]))
t(lambda: re.match(1, 's'))
t(lambda: re.compile(1, 'x'))
t(lambda: re.compile('a', 'x'))
t(lambda: re.compile(re.compile('a'), re.I))
t(lambda: re.compile(re.compile('a'), 0).pattern)
t(lambda: re.escape(1))
t(lambda: re.escape(b'a.b'))
t(lambda: random.randint(1))
t(lambda: random.randint(1, 2, 3))
t(lambda: random.randint(1, 2, 3, zzz=4))
t(lambda: random.choice())
t(lambda: random.sample([1], 1, 2))
t(lambda: random.sample([1], 1, 2, counts=[1]))
t(lambda: random.choices([1], [1], [2], 3))
t(lambda: random.Random().randint(a=1, b=2, c=3))
t(lambda: random.Random().randint(1, a=1))
