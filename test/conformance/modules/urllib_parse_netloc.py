# urllib.parse: netloc fields (credentials with ':' and '@', IPv6 with zones and ports, empty parts), port validation, schemes that are not, ;params placement, urlunsplit of odd tuples, urldefrag with params
from urllib.parse import urlsplit, urlparse, urlunsplit, urlunparse, urldefrag

for netloc in ['u:p@h:1', 'u@h', ':@h', 'u:@h:', 'a@b@c:2', 'u:p:q@h', '[::1]', '[::1]:9', 'x[::1]:9', '[fe80::A%25EtH]:8',
               '[::1', 'HOST', '@', ':', 'h:0', 'h:65535', 'h:007', 'u:p@[v1.fe]:12', 'user%40x:p%3A@h']:
    r = urlsplit('http://' + netloc + '/p') if '[' not in netloc or ']' in netloc else None
    if r is None:
        try:
            urlsplit('http://' + netloc)
        except ValueError as e:
            print(netloc, 'ValueError', e)
        continue
    try:
        port = r.port
    except ValueError as e:
        port = 'ValueError: %s' % e
    print(repr(netloc), r.username, r.password, r.hostname, port)
for bad in ['h:+1', 'h: 1', 'h:1_0', 'h:٣', 'h:65536', 'h:x']:
    try:
        print(urlsplit('//' + bad).port)
    except ValueError as e:
        print(bad, 'ValueError', e)
for u in ['1http://x', 'h-t.t+p://x', 'a_b://x', 'é://x', ':x', 'c:\\path', 'Mailto:X@Y', 'http:', 'http:?q', 'x:y:z', 'javascript:alert(1)']:
    print(repr(u), urlsplit(u))
for u in ['http://h/a;b/c;d;e', 'http://h/;x', 'ftp://h/p;type=a', 'foo://h/p;x', 'p;q', '/a;b/c', 'http://h/a;b?x;y#z;w']:
    print(urlparse(u), urldefrag(u + '#f'))
for parts in [('', '', '', '', ''), ('http', '', '', '', ''), ('http', '', '//p', 'q', 'f'), ('file', '', 'x', '', ''),
              ('mailto', '', 'a@b', '', ''), ('', 'h', 'p', '', ''), ('', '', '//x', '', ''), ('s', 'n', '/p', 'q', '')]:
    print(parts, repr(urlunsplit(parts)))
print(urlunparse(('http', 'h', '/p', 'x;y', '', '')), urlunparse(('', '', '', 'a', '', '')))
for u in [' \x00http://h/ ', 'http://h/a\tb\nc\r', 'ht\ttp://h']:
    print(repr(urlsplit(u)))
print(urlsplit('//h/p', scheme=' https\n'), urlparse('x', scheme='ftp'))
