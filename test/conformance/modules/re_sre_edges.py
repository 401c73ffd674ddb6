# Where JavaScript's RegExp and sre disagree besides groups: negated classes inside repeated
# groups, `{}`, look-behind rules, empty matches in sub/split/finditer, \Z and $, case ranges.
import re

print(re.search(r'(?:[^x]b)+', 'abcbxb'), re.search(r'(?:.b)+', 'abcb\nb'), re.search(r'(?:\Db)+', 'abcb1b'))
print(re.findall(r'(?:[^,]+,)+', 'a,b,c'), re.findall(r'(?:\W\w)+', '.a,b c'), re.findall(r'(?:[^\s\d]\d)+', 'a1b2 c3'))
print(re.search(r'(?:(?!.)b){2}', 'bb'), re.search(r'(?:(?=[^x]).)+', 'bbx'), re.search(r'(?:(?![^x])b)+', 'bb'))
print(re.search('{}', 'a{}'), re.findall('x{,}', 'xxaxx'), re.findall('x{,2}', 'xxx'), re.search('a{', 'a{'), re.search('a{1', 'a{1'))
for p in [r'(?<=a|bc)x', r'(?<=a*)x', r'(?<!ab?)x', r'(?<=(a)\1)x', r'(?<=\1)(a)', r'(a)(?<=\1)']:
    try:
        print(p, re.findall(p, 'axbcx aax'))
    except re.error as e:
        print(p, 'error:', e)
print(re.findall(r'(?=(\w\w))', 'abcd'), re.search(r'(?=(a))(?=(ab))a', 'ab').lastindex)
print(re.search(r'(?=(\w+))\w', 'abc').lastindex, re.search(r'(?<=(a))(b)', 'ab').lastindex)
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'x*?', '-', 'ax'), re.split(r'x*', 'axbc'), re.split(r'\b', 'a b'))
print([m.span() for m in re.finditer(r'|a', 'aab')], [m.span() for m in re.finditer(r'a|', 'aab')])
print(re.sub(r'(a|)*', '<\\1>', 'baac'), re.subn(r'(?:|a)', '-', 'aab'))
print(re.findall(r'a$', 'a\na\n'), re.findall(r'a\Z', 'a\na\n'), re.findall(r'a\Z', 'a\na'), re.findall(r'(?m)a$', 'a\na\n'))
print(re.search(r'$', 'a\n').span(), re.findall(r'$', 'a\n'), re.search(r'\Z', 'a\n').span())
print(re.findall(r'(?i)[k-l]', 'kKlL\u212a'), re.findall(r'(?i)[a-c]+', 'AbC'), re.findall(r'(?i)[^a-c]+', 'AbCdE'))
print(re.findall(r'(?ia)[k]', 'kK\u212a'), re.findall(r'(?i)ſ', 'sSſ'), re.findall(r'(?i)[Σσς]', 'σΣς'))
print(re.match(r'(?i)(σ)\1\1', 'σΣς'), re.match(r'(?i)(a+)\1', 'aAaA'))
print(re.match(r'(a)?b\1', 'b', re.I), re.compile(r'(a)?(?(1)b|c)', re.I).match('AB'))
s = 'x\U0001f600yx\U0001f600y'
print(re.findall(r'(\U0001f600)?y\1', s), [m.span() for m in re.finditer(r'(?:(x)|\U0001f600)+', s)])
print(re.match(r'(?:(.)|(\U0001f600))+', '\U0001f600a').regs)
