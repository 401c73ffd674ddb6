# http.server.SimpleHTTPRequestHandler: files, directory listings, redirects, 404s, HEAD, If-Modified-Since; the default log lines
import http.server, http.client, threading, sys, io, os, re, tempfile, functools

root = tempfile.mkdtemp()
os.mkdir(os.path.join(root, 'sub'))
os.mkdir(os.path.join(root, 'site'))
files = {'a.txt': b'hello\n', 'b c&.html': b'<p>x</p>', 'data.json': b'{}', 'Up.PNG': b'\x89PNG',
         'noext': b'raw', 'arc.tar.gz': b'gz', 'site/index.html': b'<h1>index</h1>'}
for name, data in files.items():
    with open(os.path.join(root, name), 'wb') as f:
        f.write(data)
    os.utime(os.path.join(root, name), (1000000000, 1000000000))
os.symlink('a.txt', os.path.join(root, 'link'))

captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured
Handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=root)
srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
t = threading.Thread(target=srv.serve_forever)
t.start()
c = http.client.HTTPConnection(*srv.server_address)

def get(path, method='GET', headers={}):
    c.request(method, path, headers=headers)
    r = c.getresponse()
    hs = [(k, v) for k, v in r.getheaders() if k not in ('Date', 'Server')]
    print(method, path, r.status, r.reason, hs)
    print(r.read().decode('latin-1'))

for p in ('/', '/a.txt', '/sub', '/sub/', '/site/', '/nope', '/a.txt/', '/b%20c%26.html', '/data.json',
          '/Up.PNG', '/noext', '/arc.tar.gz', '/../a.txt', '/a.txt?q=1#f', '//a.txt'):
    get(p)
get('/a.txt', 'HEAD')
get('/', 'HEAD')
get('/a.txt', headers={'If-Modified-Since': 'Sun, 09 Sep 2001 01:46:40 GMT'})
get('/a.txt', headers={'If-Modified-Since': 'Sat, 08 Sep 2001 01:46:40 GMT'})
get('/a.txt', headers={'If-Modified-Since': 'garbage'})
get('/x', 'POST')
c.close()
srv.shutdown()
srv.server_close()
t.join()
sys.stderr = real_stderr
lines = captured.getvalue().splitlines()
print(len(lines))
for line in sorted(re.sub(r'\[\d\d/\w\w\w/\d{4} \d\d:\d\d:\d\d\]', '[DATE]', l) for l in lines):
    print(line)
h = http.server.SimpleHTTPRequestHandler
print(h.server_version, h.protocol_version, h.extensions_map)
print(http.server.__all__)
print(http.server.BaseHTTPRequestHandler.responses[404], http.server.DEFAULT_ERROR_CONTENT_TYPE)
class Probe(http.server.BaseHTTPRequestHandler):
    def __init__(self):
        self.client_address = ('1.2.3.4', 5)
print(Probe().date_time_string(0), Probe().date_time_string(1700000000.5), Probe().address_string())
print(Probe().version_string().replace(sys.version.split()[0], 'V'))
s = io.StringIO(); sys.stderr = s
Probe().log_message('%s and %d \x1b[31m \\ \x85', 'x', 5)
sys.stderr = real_stderr
print(re.sub(r'\[.*?\]', '[DATE]', s.getvalue(), count=1), end='')
for name in sorted(os.listdir(root)):
    p = os.path.join(root, name)
    if os.path.isdir(p) and not os.path.islink(p):
        for n in os.listdir(p): os.remove(os.path.join(p, n))
        os.rmdir(p)
    else:
        os.remove(p)
os.rmdir(root)
