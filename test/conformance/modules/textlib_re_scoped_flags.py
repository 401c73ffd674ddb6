# re: scoped inline flags (?i:...) / (?-i:...), sre's case variants (ı, İ, ſ, K), ASCII and bytes case, flag errors
import re
def show(p, s, f=0):
    try:
        print(repr(p), re.findall(p, s, f))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
show(r'(?i:abc)d', 'ABCd ABCD abcd')
show(r'(?i)a(?-i:b)c', 'aBc AbC abc')
show(r'(?-i:a)b', 'aB AB', re.I)
show(r'(?i:[a-c]+)X', 'aBcX abcx')
show(r'(?i:[^a-c]+)', 'xyzABC')
show(r'(?i:k)', 'kK\u212a')
show(r'(?i:ß)', 'ß ẞ ss')
show(r'(?i:(a))\1', 'aA aa')
show(r'(?i)(a)\1', 'aA')
show(r'(?i)ı', 'iIİı')
show(r'(?i)[h-j]+', 'İıIi')
show(r'(?i)s', 'sSſ')
show(r'[é]', 'É', re.I)
show(r'É', 'é', re.I | re.A)
show(rb'\xe9', b'\xc9', re.I)
show(rb'[\xe0-\xef]', b'\xc9', re.I)
show(rb'(?i)A', b'a')
pairs = [('i', 'ı'), ('I', 'ı'), ('i', 'İ'), ('s', 'ſ'), ('k', 'K'), ('µ', 'Μ'), ('ß', 'ẞ'), ('ǅ', 'Ǆ'), ('θ', 'ϑ'), ('Ω', 'ω'), ('ﬅ', 'ﬆ'), ('ς', 'Σ'), ('ι', 'ͅ'), ('𐐀', '𐐨'), ('ΐ', 'ΐ')]
print([bool(re.match(a, b, re.I)) for a, b in pairs])
print([bool(re.match('[' + a + ']', b, re.I)) for a, b in pairs])
print([bool(re.match('x(?i:' + a + ')', 'x' + b)) for a, b in pairs])
for p in ['(?au)x', '(?ua)x', '(?a)(?L)x', '(?aL)x', '(?La)x', 'x(?au:y)', 'x(?a:(?u:y))', '(?x)(?L)x', '(?a)(?u)x', '(?L)x', '(?iL)x', 'x(?L:y)',
          'a{4294967295}', 'a{4294967294}', 'a{1,4294967295}', 'a{,99999999999}']:
    for pat in [p, p.encode()]:
        try:
            re.compile(pat)
            print(pat, 'ok')
        except Exception as e:
            print(pat, type(e).__name__, e)
