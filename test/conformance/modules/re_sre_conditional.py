# Conditional groups (?(id)yes|no), by number and by name, and their syntax errors.
import re

def show(m):
    if m is None:
        return 'None'
    return '%r %r %r' % (m, m.groups(), m.lastindex)

for p in [r'(a)?(?(1)b|c)', r'(?P<n>a)?(?(n)b|c)', r'(<)?\w+(?(1)>)', r'(a)?(?(1)b)', r'(a)?(?(1)|c)',
          r'^(\()?\d+(?(1)\))$', r'(?:(a)|b)+(?(1)x|y)', r'(a)?(?(1)(b)|(c))+', r'(a)(?(01)a|b)',
          r'(?(1)a|b)(a)', r'(a(?(1)b|c))', r'(a)(?<=(?(1)a|b))c']:
    for s in ['ab', 'c', 'ac', '<x>', 'x', '<x', 'abab', '(12)', '12', '(12', 'aax', 'by', 'ac', 'aa']:
        m = re.match(p, s)
        if m:
            print(p, repr(s), show(m))
    print(p, re.findall(p, 'ab c ac <x> <y'))

p = re.compile(r'(?P<quote>["\'])?(?P<word>\w+)(?(quote)(?P=quote))')
for s in ['"hi"', "'hi'", 'hi', '"hi', '"hi\'']:
    m = p.fullmatch(s)
    print(repr(s), m and m.groupdict())
print(p.sub(r'[\g<word>]', 'say "hi" and \'bye\' or yo'))
print(p.split('say "hi" and \'bye\''))
for p in [r'(a)(?(1)b|c|d)', r'(?(0)a|b)', r'(?(2)a|b)(a)', r'(a)(?(x)a|b)', r'(?(1a)a|b)', r'(?()a|b)',
          r'(?(1', r'(?(1)', r'(?(1)a', r'(?(-1)a|b)', r'(?(a-b)x)', r'(?<=(a)(?(1)b))', r'(?<=(?(1)b))(a)',
          r'(a)(?<=(?(1)b|cd))', r'(?(1)a|b']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except re.error as e:
        print(p, 'error:', e, e.pos)
