# urllib.request.urlopen against an http.server in a thread: GET, POST, Request objects, headers, redirects, HTTPError, URLError
import http.server, threading, urllib.request, urllib.error, urllib.parse, socket, json

seen = []
class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass
    def reply(self, code, body=b'', headers=()):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        seen.append((self.command, self.path, sorted((k, v) for k, v in self.headers.items() if k != 'Host')))
        if self.path == '/hello':
            self.reply(200, b'hello world\nsecond line\n', [('Content-Type', 'text/plain; charset=utf-8')])
        elif self.path.startswith('/redirect/'):
            n = int(self.path.rsplit('/', 1)[1])
            self.reply(302, b'moving', [('Location', '/redirect/%d' % (n - 1) if n > 1 else '/hello')])
        elif self.path == '/loop':
            self.reply(301, b'', [('Location', '/loop')])
        elif self.path == '/absolute':
            self.reply(303, b'', [('Location', 'http://%s:%d/hello' % self.server.server_address)])
        elif self.path == '/ftp':
            self.reply(302, b'', [('Location', 'mailto:x@y')])
        elif self.path == '/teapot':
            self.reply(418, b'short and stout', [('X-Kind', 'teapot')])
        elif self.path == '/json':
            self.reply(200, json.dumps({'a': [1, 2]}).encode(), [('Content-Type', 'application/json')])
        else:
            self.send_error(404)
    def do_POST(self):
        n = int(self.headers.get('Content-Length', 0))
        body = self.rfile.read(n)
        seen.append((self.command, self.path, sorted((k, v) for k, v in self.headers.items() if k != 'Host')))
        if self.path == '/post307':
            self.reply(307, b'', [('Location', '/hello')])
            return
        if self.path == '/post302':
            self.reply(302, b'', [('Location', '/hello')])
            return
        self.reply(200, b'echo:' + body)
    do_PUT = do_POST

srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
t = threading.Thread(target=srv.serve_forever)
t.start()
base = 'http://127.0.0.1:%d' % srv.server_address[1]

def show(r):
    print(' ', type(r).__name__, r.status, r.code, r.getcode(), repr(r.reason), repr(r.msg), r.url == r.geturl())
    print('  ', sorted((k, v) for k, v in r.headers.items() if k not in ('Date', 'Server')))
    print('  ', r.info() is r.headers, r.getheader('content-type'), r.headers.get_content_charset())

with urllib.request.urlopen(base + '/hello') as r:
    show(r)
    print('  ', r.readline(), r.read(), r.closed)
print('  closed after with', r.closed)
r = urllib.request.urlopen(base + '/hello', timeout=5)
print([line for line in r])
r.close()
r = urllib.request.urlopen(base + '/json')
print(json.load(r))
r = urllib.request.urlopen(base + '/echo', data=b'k=v&x=1')
show(r)
print(r.read())
data = urllib.parse.urlencode({'name': 'tpy', 'n': 3}).encode()
req = urllib.request.Request(base + '/echo?q=1#frag', data=data, headers={'X-token': 'abc', 'content-TYPE': 'text/x'}, method='PUT')
print(req.full_url.replace(base, 'BASE'), req.type, req.host == '127.0.0.1:%d' % srv.server_address[1], req.selector, req.fragment)
print(req.get_method(), req.has_header('X-token'), req.get_header('Content-type'), req.header_items(), req.origin_req_host)
print(urllib.request.urlopen(req).read())
print(req.unredirected_hdrs.keys(), req.header_items()[:1])
req = urllib.request.Request(base + '/hello')
req.add_header('accept', 'text/plain')
print(req.get_method(), req.data, req.headers)
print(urllib.request.urlopen(req).read())
r = urllib.request.urlopen(base + '/redirect/3')
print('redirected', r.status, r.url.replace(base, 'BASE'), r.read())
print(urllib.request.urlopen(base + '/absolute').url.replace(base, 'BASE'))
print(urllib.request.urlopen(urllib.request.Request(base + '/post302', data=b'zz')).read())
r = urllib.request.urlopen(base + '/chunked', data=iter([b'ab', b'cd']))
print(r.read())

for path, data in (('/missing', None), ('/teapot', None), ('/loop', None), ('/post307', b'x'), ('/ftp', None)):
    try:
        urllib.request.urlopen(base + path, data=data)
    except urllib.error.HTTPError as e:
        print(type(e).__name__, e.code, repr(e.reason), str(e).replace(base, 'BASE'), repr(e).replace(base, 'BASE'))
        print('  ', e.filename.replace(base, 'BASE'), e.status, e.getcode(), e.headers.get('Content-Type'), e.hdrs is e.headers)
        print('  ', e.read()[:40], isinstance(e, urllib.error.URLError), isinstance(e, OSError), e.args)

for bad in ('nope://x/', 'http:///path', 'http://127.0.0.1:1/'):
    try:
        urllib.request.urlopen(bad, timeout=5)
    except urllib.error.URLError as e:
        print(type(e).__name__, e, repr(e), type(e.reason).__name__, getattr(e.reason, 'errno', None))
for bad in ('no-scheme', ''):
    try:
        urllib.request.Request(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    urllib.request.urlopen(base + '/echo', data='text')
except TypeError as e:
    print(type(e).__name__, e)
r = urllib.request.urlopen('data:text/plain;charset=utf-8,hi%20there')
print(r.read(), r.headers.items(), r.url, r.status)
print(urllib.request.urlopen('data:;base64,aGVsbG8=').read())

e = urllib.error.URLError('why', 'file.txt')
print(e, repr(e), e.reason, e.filename, e.args)
e = urllib.error.HTTPError('http://h/', 500, 'Oops', {}, None)
print(e, repr(e), e.read(), e.reason, e.headers, e.args)
print(urllib.error.ContentTooShortError('msg', b'abc').content, urllib.error.__all__)

srv.shutdown()
srv.server_close()
t.join()
for entry in seen:
    print(entry)
