# urllib.parse: urlsplit/urlparse and their parts, urljoin (RFC 3986's examples), quoting, query strings
from urllib.parse import *
import urllib.parse
for u in ['http://u:p@Host.COM:8080/a;b/c;d?q=1&r=%20x#frag', 'localhost:8080/x', 'path:80', 'http://[::1]:80/p',
          '//x/y', 'HTTP://A', '/just/path?x', 'mailto:joe@x.org', 'file:///etc/passwd', '  http://a/b\t\nc',
          'https://[FE80::1%25Eth0]:443/', 'http://a#b?c', 'http://a?b#c', '', 'a;b', 'svn+ssh://h/p', 'http://h:/p']:
    s, p = urlsplit(u), urlparse(u)
    print(s, p.geturl(), s.geturl())
    print(' ', p.username, p.password, p.hostname, p.port, urldefrag(u), urldefrag(u).geturl())
print(urlparse('x', 'https'), urlsplit('a#b', allow_fragments=False))
for bad in ['http://[::1/', 'http://::1]/']:
    try: urlsplit(bad)
    except ValueError as e: print('ValueError', e)
for bad in ['http://h:99999', 'http://h:ab', 'http://h:-1']:
    try: print(urlparse(bad).port)
    except ValueError as e: print('ValueError', e)
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '',
            '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g',
            'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'https://x/y']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'a'), urljoin('http://a/b/', ''), urljoin('http://a/b//c/', '../d'), urljoin('mailto:a', 'b'))
print(urlunparse(('http', 'h', 'p', 'x', 'q=1', 'f')), urlunsplit(('', '', 'p', '', '')), urlunsplit(('http', '', 'p', '', '')))
for s in ['a b&c/é~', '', 'abc', '/x y/', '100%', 'a+b']:
    print(repr(quote(s)), repr(quote(s, safe='')), repr(quote_plus(s)), repr(quote_plus(s, safe='/')))
print(quote(b'\x00\xffab'), quote('é', encoding='latin-1'), quote_from_bytes(b'a b'), quote('a/b', safe=b'/'))
for s in ['%E9%zz%41', 'a%2', '%', '%41%42c%43', '%C3%A9%C3', 'a+b%20c', 'plain', '%e2%82%ac']:
    print(repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%E9', encoding='latin-1'), unquote(b'%41b'))
print(urlencode({'a': [1, 2], 'b': 'x y', 'c': b'z&'}, doseq=True), urlencode({'a': [1, 2]}), urlencode([('a', 1), ('é', '/')]))
print(urlencode({'k': 'a b'}, quote_via=quote), urlencode({'k': '/'}, safe='/'), urlencode({}), urlencode({'n': None, 'f': 1.5}))
try: urlencode('abc')
except TypeError as e: print('TypeError', e)
try: urlencode([1, 2])
except TypeError as e: print('TypeError', e)
for qs in ['a=1&b=2&a=3', 'a=&b', 'x+y=%41+b', '', '&&a=1', 'a=1;b=2']:
    print(parse_qs(qs), parse_qsl(qs), parse_qs(qs, keep_blank_values=True), parse_qsl(qs, separator=';'))
try: parse_qsl('a&b=1', strict_parsing=True)
except ValueError as e: print('ValueError', e)
try: parse_qsl('a=1&b=2', max_num_fields=1)
except ValueError as e: print('ValueError', e)
try: quote(b'x', encoding='utf-8')
except TypeError as e: print('TypeError', e)
r = urlparse('http://h/p')
print(r._replace(path='/z').geturl(), r.scheme, r[1], tuple(r), type(r).__name__, isinstance(r, tuple), r._fields)
print(urllib.parse.uses_netloc[:3], 'http' in urllib.parse.uses_relative)
