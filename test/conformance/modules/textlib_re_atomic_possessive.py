# re: atomic groups (?>...) and possessive quantifiers (*+, ++, ?+, {m,n}+) never give back what they matched
import re, fnmatch
def show(p, s, f=0):
    try:
        ms = list(re.finditer(p, s, f))
        print(repr(p), [m.group() for m in ms], [m.groups() for m in ms], [m.lastindex for m in ms])
    except Exception as e:
        print(repr(p), type(e).__name__, e)
show(r'(?>a+)b', 'aaab ab b')
show(r'(?>a+)a', 'aaa')
show(r'(?>(a)+)(b)', 'aaab')
show(r'(?>a|ab)c', 'abc ac')
show(r'a++b', 'aaab')
show(r'a*+a', 'aaa')
show(r'(\w)++(\d)', 'ab1')
show(r'x{1,3}+x', 'xxxx xx')
show(r'(?:ab)?+c', 'abc c')
show(r'"(?:[^"\\]++|\\.)*+"', r'say "hi \"x\"" ok')
show(r'(?<=(?>ab))c', 'abc')
show(r'(?=(?>a+))a', 'aa')
show(r'(?>)x', 'x')
show(r'(?x) a ++ b', 'aab')
for bad in [r'(?>a', r'a*?+', r'a+++', r'a++?']:
    show(bad, 'x')
print(re.sub(r'(?>(\w)+)', r'[\1]', 'ab cd'), re.split(r'(?>(,))', 'a,b'))
print(re.match(r'(?>(a)(b))(c)?', 'abc').regs, re.match(r'(a)++(b)', 'aab').regs)
print(re.compile(r'(?>(a)(?P<n>b))(c)').groupindex, re.compile(r'(a)++(b)').groups)
print(re.fullmatch(r'(?>a*)', 'aaa'), re.fullmatch(r'(a)*+(b)', 'aab').span(2))
# fnmatch's translation uses atomic groups, and compiles
t = fnmatch.translate('*.py*x')
print(t, bool(re.match(t, 'a.py.x')), fnmatch.fnmatch('a.pyqx', '*.py*x'), fnmatch.filter(['a.c', 'b.py', 'x.pyx'], '*.py*'))
