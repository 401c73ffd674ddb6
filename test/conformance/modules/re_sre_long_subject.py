# The sre matcher on a long subject: repetitions of groups far deeper than any call stack.
import re
s = 'ab' * 20000
m = re.match(r'(?:(a)|b)+', s)
print(m.span(), m.span(1), m.lastindex)
m = re.fullmatch(r'((a)|(b))*', s)
print(m.span(), m.regs)
print(len(re.findall(r'(a)?b\1', s)), re.search(r'(x)?(?(1)y|ab)$', s).span())
print(len(re.sub(r'(?:(a)|b)', r'\1', s)), re.split(r'(a)?(?(1)b|x)', s[:10]))
m = re.match(r'(?:(a)|b)*?$', s)
print(m.span(), m.span(1))
