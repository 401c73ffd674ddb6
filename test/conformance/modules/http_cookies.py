# http.cookies: SimpleCookie parsing and output, quoting, Morsel attributes and their errors
from http import cookies

c = cookies.SimpleCookie()
c['session'] = 'abc123'
c['session']['path'] = '/'
c['session']['max-age'] = 3600
c['session']['httponly'] = True
c['session']['samesite'] = 'Lax'
c['pref'] = 'a value; with "quotes" and \\ and é'
c['pref']['comment'] = 'has spaces'
c['pref']['secure'] = False
c['num'] = 42
print(c.output())
print(repr(c))
print(c['pref'].value, '|', c['pref'].coded_value)
print(c['num'].value, type(c['num'].value).__name__)
print(c.output(attrs=['path'], header='Cookie:', sep='\n'))
print(repr(c['session']), c['session'].OutputString(['max-age']))
print(c['session'].js_output())

d = cookies.SimpleCookie('a=1; b="two words"; $Path="/x"; c="\\101\\"q\\\\"; Domain=example.com; Secure; HttpOnly')
print(sorted(d), d['b'].value, d['b']['path'], d['c'].value, d['c']['domain'], d['c']['secure'], d['c']['httponly'])
e = cookies.SimpleCookie()
e.load('keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;";')
print(e['keebler'].value == 'E=mc2; L="Loves"; fudge=\n;', e.output())
f = cookies.SimpleCookie('expires=Fri, 31 Dec 1999; x=1')
print(len(f))
g = cookies.SimpleCookie('x=1; expires=Fri, 31-Dec-1999 23:59:59 GMT; bad')
print(len(g))
h = cookies.SimpleCookie('x=1; expires=Fri, 31-Dec-1999 23:59:59 GMT; y=2')
print(h['x']['expires'], h['y'].value)
b = cookies.BaseCookie({'k': 'v w', 'n': 5})
print(b.output(), b['n'].value)

m = cookies.Morsel()
print(m.key, m.value, m.coded_value, sorted(m.keys()), m.isReservedKey('Max-Age'), m.isReservedKey('x'))
for action in (lambda: m.__setitem__('bogus', 1), lambda: m.set('path', 'v', 'v'), lambda: m.set('bad key', 'v', 'v'),
               lambda: m.update({'nope': 1}), lambda: m.setdefault('other')):
    try:
        action()
    except cookies.CookieError as err:
        print(type(err).__name__, err)
m.set('name', 'val', '"val"')
m.update({'Path': '/p', 'DOMAIN': 'd.org'})
m2 = m.copy()
print(m2 == m, m2 is m, m2['path'], m2.coded_value, m != cookies.Morsel(), m.setdefault('PATH', 'zz'))
print(cookies._quote('plain'), cookies._quote('a b'), cookies._quote('tab\there'), cookies._unquote('"a\\"b\\073"'), cookies._unquote('x'))
print(cookies.Morsel[str])
