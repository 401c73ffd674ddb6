# str.replace on a long ASCII text of regular-expression metacharacters: every pattern and
# replacement ('$&', '$1', '$$' included) as split and join give it.
t = ("a.b$c(d)*e+f?g[h]i{j}k|l\\m^n/o-p " * 12000)
for old in ['.', '$', '(', ')', '*', '+', '?', '[', ']', '{', '}', '|', '\\', '^', '/', '-', ' ', 'b$c', '[h]', '\\m^']:
    for new in ['', '$', '$&', '$1', "$'", 'XY', '$$']:
        r = t.replace(old, new)
        print(repr(old), repr(new), len(r), hash(r) == hash(new.join(t.split(old))))
