# fnmatch: translate() text as CPython 3.11 writes it, filter/fnmatch/fnmatchcase over str and bytes, bracket edge cases, errors
import fnmatch
pats = ['*a*b','a*','*.py','[!a-c]x?','[]]','[!]','a**b*c*','[a-','\\*', '[z-a]', '[a-z-]', '[!-a]', '[--]', '[a-c-e-g]', '[^x]', '[[]', '[&&]', '[~|]', '[\\]', '*', '', '?', '[!!]', '[a-a]', '[c-a-z]', 'a[b-]c', '**', '*x*', 'x*y*', 'é*', '.', '[]-]', '[!]-]', 'ab[cd', '[a-\\]']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a', 'ab', 'abc', 'b', 'x.py', 'X.PY', '.hidden', 'a]b', 'a-b', ']', '-', '!', '^', 'é', '\\', 'a\nb', 'xay', 'xy', 'aXbYc', 'a&b', '[']
for p in pats:
    print(repr(p), fnmatch.filter(names, p))
print(fnmatch.fnmatch('X.PY', '*.py'), fnmatch.fnmatchcase('X.PY', '*.py'), fnmatch.fnmatchcase('x.py', '*.py'))
print(fnmatch.fnmatch(b'abc', b'a*'), fnmatch.filter([b'ab', b'ba'], b'a?'), fnmatch.translate('a\u00ff*'))
for f in [lambda: fnmatch.fnmatch('a', b'a'), lambda: fnmatch.fnmatch(1, 'a'), lambda: fnmatch.fnmatchcase('a', 1), lambda: fnmatch.translate(1), lambda: fnmatch.filter(['a'], 1), lambda: fnmatch.filter([1], 'a'), lambda: fnmatch.fnmatchcase(b'a', 'a')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(fnmatch.__all__)
