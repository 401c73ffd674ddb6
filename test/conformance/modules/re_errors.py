# re.error for malformed patterns: CPython's messages, positions, lineno/colno.
import re
for p in ['(?=a)*', 'a**', '*a', 'a{2,1}', '(a', 'a)', '[a', r'\q', '(?P<1>a)', '(?P=x)', '(?<x>a)', 'a(?i)b', '[z-a]', r'(a)\2', '(?z)', r'[\d-z]', '^*', '(?#c)a', 'a{,3}x', '{', 'x{1', 'ab\n(c']:
    try: print(p, re.compile(p))
    except re.error as e: print(p, 'ERR', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(re.sub('x*', '-', 'abxd'), re.sub('x*|a', '-', 'abc'), re.split(r'\b', 'a b'), re.findall('(a)(b)?', 'aab'), re.split('(x)|(y)', 'axbyc'))
