# http.client.HTTPResponse over a fake socket: status lines good and bad, 100 Continue, lengths,
# chunked bodies (read, read(n), readline, trailers, bad sizes), will_close rules per version
import io, http.client

class Buffered(io.BytesIO):
    # CPython's chunked readline peeks at its buffered reader
    def peek(self, n=1):
        at = self.tell()
        data = self.read(max(n, 1))
        self.seek(at)
        return data

class FakeSock:
    def __init__(self, data):
        self.data = data
    def makefile(self, mode):
        return Buffered(self.data)

def resp(raw, method='GET'):
    r = http.client.HTTPResponse(FakeSock(raw), method=method)
    try:
        r.begin()
    except Exception as e:
        print('begin:', type(e).__name__, repr(e), e.args)
        return None
    print(r.version, r.status, repr(r.reason), r.length, r.chunked, r.will_close, r.getheaders())
    return r

for line in [b'HTTP/1.1 200 OK\r\n', b'HTTP/1.0 404\r\n', b'HTTP/1.1 200 Fine  Thanks \r\n', b'ICY 200 OK\r\n',
             b'HTTP/1.1 abc OK\r\n', b'HTTP/1.1 99 Low\r\n', b'HTTP/1.1 1000 High\r\n', b'HTTP/2.0 200 OK\r\n',
             b'HTTP/1.5 200 OK\r\n', b'HTTP/0.9 200 OK\r\n', b'garbage\r\n', b'', b'HTTP/1.1\r\n']:
    resp(line + b'Content-Length: 2\r\n\r\nhi')

r = resp(b'HTTP/1.1 100 Continue\r\nX-A: 1\r\n\r\nHTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello')
print(r.read(2), r.read(), r.read(), r.isclosed())
for hdrs in [b'', b'Connection: close\r\n', b'Connection: keep-alive\r\n', b'Keep-Alive: 5\r\n',
             b'Proxy-Connection: Keep-Alive\r\n', b'Content-Length: -1\r\n', b'Content-Length: x\r\n']:
    for version in (b'HTTP/1.0', b'HTTP/1.1'):
        resp(version + b' 200 OK\r\nContent-Length: 3\r\n' + hdrs + b'\r\nabc')
for status in (b'204 No Content', b'304 Not Modified', b'101 Switching'):
    resp(b'HTTP/1.1 ' + status + b'\r\nContent-Length: 3\r\n\r\nabc')
r = resp(b'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc', method='HEAD')
print(r.read(), r.isclosed())

chunked = b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nTrailer: x\r\n\r\n'
r = resp(chunked)
print(r.read())
r = resp(chunked)
print([r.read(3) for _ in range(10)])
r = resp(chunked)
print(r.readline(), r.readline(), r.readline(5), list(r))
r = resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n')
try:
    r.read()
except http.client.IncompleteRead as e:
    print(type(e).__name__, repr(e), e.partial, e.expected)
r = resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab')
try:
    r.read()
except http.client.IncompleteRead as e:
    print(type(e).__name__, repr(e), e.partial, e.expected)
r = resp(b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort')
try:
    r.read()
except http.client.IncompleteRead as e:
    print(type(e).__name__, repr(e), str(e), e.partial, e.expected)
r = resp(b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nline1\nline2\n')
print(r.readline(), r.readline(), r.readline(), r.isclosed())
r = resp(b'HTTP/1.1 200 OK\r\n' + b'X: y\r\n' * 101 + b'\r\n')
r = resp(b'HTTP/1.1 200 OK\r\nX: ' + b'y' * 70000 + b'\r\n\r\n')
r = resp(b'HTTP/1.1 200 ' + b'y' * 70000 + b'\r\n\r\n')
r = resp(b'HTTP/1.1 200 OK\r\nSet-Cookie: a\r\nSet-Cookie: b\r\n\r\n')
print(r.getheader('set-cookie'), r.getheader('missing'), r.getheader('missing', ['d', 'e']), r.getheader('missing', 'dflt'))
print(r.msg.getallmatchingheaders('set-cookie'))
