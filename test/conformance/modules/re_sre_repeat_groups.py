# Groups inside repetitions keep the value of the last iteration that set them (sre), and a
# repetition stops after an empty iteration.
import re

def show(m):
    if m is None:
        return 'None'
    return '%r %r lastindex=%r lastgroup=%r %r' % (m, m.groups(), m.lastindex, m.lastgroup, m.regs)

cases = [
    (r'(?:(a)|b)+', 'ab'), (r'((a)|(b))*', 'ab'), (r'((a)|b)*', 'ab'), (r'(?:(a)|(b))*', 'ab'),
    (r'(?:x(a)|x(b))*', 'xaxb'), (r'(?:(a)|b)*c', 'abc'), (r'(?:(a)b|a)*', 'aba'), (r'(?:(a)|b)*?c', 'abc'),
    (r'(?:(a)|(b))+?$', 'ab'), (r'(?:(a)|b){2}', 'ab'), (r'(?:(a)|b){1,3}', 'bab'), (r'(?:a|(b))*c', 'abac'),
    (r'(a|)*', 'aa'), (r'(a|)+', 'aa'), (r'(a*)*', 'aa'), (r'(a*)+', 'aab'), (r'(a?)*?b', 'aab'),
    (r'(()|a)*', 'aa'), (r'(?:()|a)*', 'aa'), (r'(?:|a)*', 'aa'), (r'(?:|a)+', 'aa'), (r'(?:|a)*?b', 'aab'),
    (r'(?=(a))?a', 'a'), (r'(?:(?=(a))a)*', 'aa'), (r'(a)*', 'aaa'), (r'(?:(a)|\1b)+', 'aab'),
    (r'(?P<x>a)?(?:(?P<y>b)|c)+', 'abc'), (r'(?:(?P<d>\d)|(?P<w>[a-z]))+', 'a1b'), (r'(?:(a)(b)?)+', 'aba'),
    (r'(?:(a)|b)(?:(a)|b)', 'ab'), (r'((?:(a)|b)+)', 'ab'), (r'(?:(?:(a)|b)c)+', 'acbc'),
]
for p, s in cases:
    print(p, repr(s), show(re.match(p, s)))

p = re.compile(r'(?:(\d)|([a-z]))+')
print(p.findall('a1 b2c 33 x'))
print([(m.span(), m.groups(), m.lastindex) for m in p.finditer('a1 b2c 33 x')])
print(p.sub(r'<\1|\2>', 'a1 b2c 33 x'))
print(p.split('a1 b2c 33 x'))
print(p.search('a1 b2c', 2).groups(), p.match('a1 b2c', 3, 5).groups())
print(p.fullmatch('b2c').groupdict(), p.fullmatch('b2c').expand(r'\2\1'))
print(re.findall(r'(?:(a)|b)*', 'abba'), re.sub(r'(a|)*', '-', 'baac'))
print(re.split(r'(?:(a)|b)+', 'xabyaz'))
