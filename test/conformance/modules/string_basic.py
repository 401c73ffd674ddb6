import string
for n in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace']:
    print(n, repr(getattr(string, n)))
print(string.capwords('  hello   world  '), string.capwords('a-b c', '-'), string.capwords("they're bill's friends"))
T = string.Template
print(T('$who likes ${what}').substitute(who='tim', what='kung pao'))
print(T('$who likes $what').substitute({'who': 'a', 'what': 'b'}, what='c'))
print(T('$$ costs $5 ${x}y $x_1').safe_substitute(x='X'))
print(T('Give $amount$$').substitute(amount=10), T('${a}${b}').substitute(a=1, b=2))
print(T('$a $b').is_valid(), T('$ a').is_valid(), T('$a ${b} $a $$c').get_identifiers())
for tmpl, kw in [('$who', {}), ('ok $', {}), ('line\n  $1', {}), ('${x', {'x': 1})]:
    try:
        print(T(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(T('a $x').template)
