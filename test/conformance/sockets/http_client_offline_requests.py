# http.client without a network: _encode's hint, putheader's checks and continuation lines, Host headers from host/port/IPv6/absolute URLs, control characters
import http.client
for v in ['a€' + '€' * 30, '€']:
    try:
        http.client._encode(v, 'body')
    except UnicodeEncodeError as e: print(e)
c = http.client.HTTPConnection('h', 80)
c.putrequest('GET', '/')
for bad in [('X', 'a€'), ('X', 'a\nb'), ('X:', 'v'), (' X', 'v')]:
    try:
        c.putheader(*bad)
    except (ValueError, UnicodeEncodeError) as e: print(type(e).__name__, e)
c.putheader('X', 1, 'two', b'three')
print(c._buffer)
for h in ['host:81', 'host:', '[::1]', '[::1]:99', 'a b']:
    try:
        c = http.client.HTTPConnection(h)
        c.putrequest('GET', 'http://x.y:5/p'); c.putrequest
        print(h, c.host, c.port, c._buffer)
        c2 = http.client.HTTPConnection(h); c2.putrequest('GET', '/'); print(c2._buffer)
    except Exception as e: print(type(e).__name__, e)
