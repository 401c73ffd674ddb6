# urllib.error and urllib.response without a network: the exception classes' args, str, repr and
# attributes, HTTPError as a readable response, and the addinfourl family's file protocol
import io, urllib.error, urllib.response

e = urllib.error.URLError('no host')
print(type(e).__mro__[1].__name__, e.args, e.reason, str(e), repr(e), hasattr(e, 'filename'), e.errno)
e = urllib.error.URLError(ConnectionRefusedError(111, 'refused'), 'f.txt')
print(e.args, type(e.reason).__name__, str(e), e.filename)
print(isinstance(e, OSError), issubclass(urllib.error.HTTPError, urllib.response.addinfourl))
hdrs = {'Content-Type': 'text/plain'}
h = urllib.error.HTTPError('http://x/y', 404, 'Not Found', hdrs, io.BytesIO(b'gone\nreally'))
print(h.args, str(h), repr(h), h.code, h.msg, h.reason, h.filename, h.url, h.status, h.getcode(), h.geturl())
print(h.errno, h.strerror, h.headers is hdrs, h.hdrs is hdrs, h.info() is hdrs, h.readline(), h.read())
h.headers = 'replaced'
print(h.hdrs, h.headers)
h2 = urllib.error.HTTPError('u', 500, 'Boom', None, None)
print(h2.read(), h2.fp is None, str(h2), h2.headers)
try:
    raise h
except urllib.error.URLError as x:
    print('caught', type(x).__name__, x)
c = urllib.error.ContentTooShortError('short by 3', b'abc')
print(c.args, c.reason, c.content, str(c))
print(sorted(urllib.error.__all__), sorted(urllib.response.__all__))

b = urllib.response.addbase(io.BytesIO(b'l1\nl2\nl3\n'))
print(b.fp is b.file, b.closed, b.readline(), b.readlines(), list(b), b.read())
b = urllib.response.addbase(io.BytesIO(b'x\ny\n'))
print(list(b))
with b as bb:
    print(bb is b, b.closed)
print(b.closed)
try:
    with b:
        pass
except ValueError as x:
    print(type(x).__name__, x)
calls = []
ch = urllib.response.addclosehook(io.BytesIO(b'data'), lambda *a: calls.append(a), 1, 2)
print(ch.read(2), ch.hookargs, calls)
ch.close(); ch.close()
print(calls, ch.closed, ch.closehook)
i = urllib.response.addinfo(io.BytesIO(b''), {'k': 'v'})
print(i.info(), i.headers)
u = urllib.response.addinfourl(io.BytesIO(b'body'), {'h': 1}, 'http://u/', 203)
print(u.getcode(), u.code, u.status, u.geturl(), u.url, u.info(), u.read(2), u.read())
u = urllib.response.addinfourl(io.BytesIO(b''), {}, 'file:///x')
print(u.getcode(), u.status)
print(repr(urllib.response.addbase(io.BytesIO())).startswith('<addbase at '))
