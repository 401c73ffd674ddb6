# http.client's exceptions and their messages, against a raw socket server scripted per connection
import http.client, socket, threading, sys, io, re

replies = [
    b'',                                            # closes at once: RemoteDisconnected
    b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort',   # IncompleteRead
    b'garbage line\r\n\r\n',                         # BadStatusLine
    b'HTTP/1.1 99 Low\r\n\r\n',                      # BadStatusLine (code < 100)
    b'HTTP/3.0 200 OK\r\n\r\n',                      # UnknownProtocol
    b'HTTP/1.0 200\r\nX: 1\r\n\r\nuntil close',      # no reason, body until close
    b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab',   # chunked IncompleteRead
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',   # bad chunk size
    b'HTTP/1.1 200 OK\r\nFolded: a\r\n b\r\nContent-Type: text/html; charset="ISO-8859-1"\r\nContent-Length: 0\r\n\r\n',
    b'HTTP/1.1 200 OK\r\n' + b'X: y\r\n' * 101 + b'\r\n',
    b'HTTP/1.1 200 OK\r\nX: ' + b'y' * 70000 + b'\r\n\r\n',
]
lst = socket.create_server(('127.0.0.1', 0))
port = lst.getsockname()[1]
def serve():
    for reply in replies:
        conn, _ = lst.accept()
        data = b''
        while b'\r\n\r\n' not in data:
            data += conn.recv(1000)
        conn.sendall(reply)
        conn.shutdown(socket.SHUT_WR)
        conn.recv(100)
        conn.close()
t = threading.Thread(target=serve)
t.start()

def attempt(read=True):
    c = http.client.HTTPConnection('127.0.0.1', port)
    try:
        c.request('GET', '/')
        r = c.getresponse()
        print('status', r.status, repr(r.reason), r.version, r.getheaders())
        if read:
            print('body', r.read())
    except Exception as e:
        print(type(e).__name__, repr(e), str(e), e.args)
        print('  ', isinstance(e, http.client.HTTPException), isinstance(e, ConnectionError))
        if isinstance(e, http.client.IncompleteRead):
            print('  ', e.partial, e.expected)
    finally:
        c.close()

for i in range(len(replies)):
    attempt()
t.join()
lst.close()

# state errors without any server
c = http.client.HTTPConnection('127.0.0.1', port)
for f in (lambda: c.putheader('A', 'b'), lambda: c.endheaders(), lambda: c.getresponse()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
c.putrequest('GET', '/')
try:
    c.putrequest('GET', '/')
except Exception as e:
    print(type(e).__name__, repr(e), e.args)
for name, value in (('Bad:Name', 'v'), ('Good', 'bad\nvalue'), (' lead', 'v'), ('Good', 'ok\r\n folded')):
    try:
        c.putheader(name, value)
        print('ok', name)
    except ValueError as e:
        print(type(e).__name__, e)
print(c._buffer[2:])
for bad in ('h:x', 'h:', 'h:80', '[::1]:8080'):
    try:
        print(http.client.HTTPConnection(bad).port)
    except Exception as e:
        print(type(e).__name__, e)
for bad in ('/a b', '/a\x7f'):
    try:
        http.client.HTTPConnection('h').putrequest('GET', bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    http.client.HTTPConnection('h').putrequest('G\nET', '/')
except Exception as e:
    print(type(e).__name__, e)
try:
    c2 = http.client.HTTPConnection('127.0.0.1', port)
    c2.request('GET', '/')
except ConnectionRefusedError as e:
    print(type(e).__name__, e, e.errno)
print(http.client.responses[404], http.client.NOT_FOUND, repr(http.client.OK), http.client.HTTP_PORT)
print(http.client.IncompleteRead(b'abc', 5), repr(http.client.IncompleteRead(b'')))
print(repr(http.client.BadStatusLine('')), repr(http.client.LineTooLong('x')))
print(repr(http.client.RemoteDisconnected('gone')), http.client.RemoteDisconnected.__mro__[1:3])
print(http.client.error is http.client.HTTPException, http.client.UnknownProtocol('v').version)
print(sorted(http.client.__all__))
m = http.client.parse_headers(io.BytesIO(b'A: 1\r\nb: 2\r\na: 3\r\nContent-Type: text/plain; charset=UTF-8; name="x;y"\r\n\r\nrest'))
print(type(m).__name__, m.keys(), m.values(), m['a'], m.get_all('A'), m.get_all('z'), 'B' in m, len(m))
print(m.get_content_type(), m.get_content_charset(), m.get_param('name'), m.get_params(), m.get_content_maintype())
print(str(m), end='|\n')
del m['a']
m['New'] = 'v'
print(m.items(), list(m))
print(http.client.parse_headers(io.BytesIO(b'\r\n')).items(), http.client.parse_headers(io.BytesIO(b'Content-Type: weird\r\n\r\n')).get_content_type())
