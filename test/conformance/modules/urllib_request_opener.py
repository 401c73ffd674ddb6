# urllib.request without a network: Request attributes, OpenerDirector handler dispatch by name,
# handler_order, build_opener replacement, error chains, redirect_request and its refusals
import urllib.request, urllib.error, io
from urllib.request import Request, OpenerDirector, BaseHandler, build_opener

r = Request('<URL: http://Example.com:80/a b?q=1#top >')
print(r.full_url, r.type, r.host, r.selector, r.fragment, r.origin_req_host, r.unverifiable)
print(r.get_method(), r.get_full_url(), r.has_proxy(), r.data, r.headers, r.unredirected_hdrs)
r.add_header('content-LENGTH', '3')
r.add_unredirected_header('x-Two', '2')
print(r.headers, r.unredirected_hdrs, r.has_header('Content-length'), r.has_header('content-length'))
print(r.get_header('X-two'), r.get_header('Nope', 'dflt'), r.header_items())
r.data = b'abc'
print(r.get_method(), r.has_header('Content-length'), r.headers)
r.add_header('Content-length', '3')
r.data = b'abc'
print(r.has_header('Content-length'))
del r.data
print(r.data, r.has_header('Content-length'), r.get_method())
r.remove_header('X-two'); r.remove_header('absent')
print(r.header_items())
r.full_url = 'http://h/x#f2'
print(r.full_url, r.selector, r.fragment, r.host)
del r.full_url
print(r.full_url, r.selector, r.fragment)
r = Request('http://h/', method='HEAD', origin_req_host='o', unverifiable=True, headers={'a-b': 'c'})
print(r.get_method(), r.origin_req_host, r.unverifiable, r.headers)
r = Request('http://h/', headers={'Host': 'other.org:81'})
print(urllib.request.request_host(r), urllib.request.request_host(Request('ftp:rest')))
for bad in ('nope', 'x'):
    try:
        Request(bad)
    except ValueError as e:
        print(type(e).__name__, e)

log = []
class Resp:
    def __init__(self, code, msg='OK'):
        self.code, self.msg = code, msg
    def info(self):
        return {'k': 'v'}
class FooHandler(BaseHandler):
    def foo_open(self, req):
        log.append(('foo_open', req.selector, req.timeout))
        return Resp(int(req.selector.strip('/') or 200))
    def foo_request(self, req):
        log.append(('foo_request', type(self).__name__))
        return req
    def foo_response(self, req, resp):
        log.append(('foo_response', resp.code))
        return resp
class Early(FooHandler):
    handler_order = 100
    def foo_open(self, req):
        log.append('early')
        return None
class DefaultOpen(BaseHandler):
    handler_order = 50
    def default_open(self, req):
        log.append(('default_open', req.full_url))
        return None
class Err(BaseHandler):
    def http_error_418(self, req, fp, code, msg, hdrs):
        log.append(('teapot', code, msg))
        return 'tea'
    def http_error_default(self, req, fp, code, msg, hdrs):
        log.append(('default', code))
        return None

o = OpenerDirector()
print(o.addheaders, o.handlers)
for h in (FooHandler(), Early(), DefaultOpen(), Err()):
    o.add_handler(h)
print([type(h).__name__ for h in o.handlers])
print(sorted(o.handle_open), sorted(o.process_request), sorted(o.process_response), sorted(o.handle_error))
print(sorted(o.handle_error['http'], key=str), [type(h).__name__ for h in o.handle_open['foo']])
resp = o.open('foo://x/201', timeout=3)
print(resp.code, log); log.clear()
print(o.error('http', None, None, 418, 'Tea', {}), o.error('https', None, None, 500, 'X', {}), log); log.clear()
print(o.open(Request('bar://x/')), log); log.clear()
try:
    o.add_handler(object())
except TypeError as e:
    print(type(e).__name__, e)
class Useless(BaseHandler):
    def helper(self):
        pass
u = Useless()
o.add_handler(u)
print(hasattr(u, 'parent'), len(o.handlers))
print(BaseHandler.handler_order, BaseHandler() < object(), Early() < FooHandler(), FooHandler() < Early())

# tpy has no FTP or HTTPS handlers: only the others are listed
known = {'UnknownHandler', 'HTTPHandler', 'HTTPDefaultErrorHandler', 'HTTPRedirectHandler', 'DataHandler',
         'HTTPErrorProcessor', 'FooHandler', 'Err', 'MyRedirect'}
def names(op):
    return [type(h).__name__ for h in op.handlers if type(h).__name__ in known]
op = build_opener()
print(names(op))
op = build_opener(FooHandler, urllib.request.HTTPRedirectHandler(), Err())
print(names(op))
class MyRedirect(urllib.request.HTTPRedirectHandler):
    max_redirections = 2
op = build_opener(MyRedirect)
print(names(op), [h.handler_order for h in op.handlers][-2:])
try:
    op.open('gopher://x/')
except urllib.error.URLError as e:
    print(type(e).__name__, e)

rh = urllib.request.HTTPRedirectHandler()
print(rh.max_repeats, rh.max_redirections, repr(rh.inf_msg), rh.handler_order)
req = Request('http://h/a', headers={'Content-Type': 'x', 'Content-Length': '2', 'X-Keep': '1'}, data=b'zz')
req.add_unredirected_header('X-Drop', '1')
new = rh.redirect_request(req, io.BytesIO(b''), 302, 'Found', {}, 'http://h/b c')
print(new.full_url, new.get_method(), new.data, new.headers, new.unredirected_hdrs, new.unverifiable, new.origin_req_host)
for code, method in ((307, 'POST'), (308, 'PUT'), (300, 'GET'), (303, 'DELETE')):
    try:
        rh.redirect_request(Request('http://h/', method=method), None, code, 'Moved', {}, 'http://h/z')
    except urllib.error.HTTPError as e:
        print(type(e).__name__, e.code, e.reason, e.filename)
print(rh.redirect_request(Request('http://h/', method='HEAD'), None, 308, 'M', {}, 'http://h/z').get_method())
print(rh.http_error_302(Request('http://h/'), io.BytesIO(b''), 302, 'Found', {}))
print(urllib.request.pathname2url('/a b/c'), urllib.request.url2pathname('/a%20b'))
print(urllib.request.HTTPErrorProcessor.handler_order, urllib.request.UnknownHandler.handler_order)
ep = urllib.request.HTTPErrorProcessor()
ep.add_parent(o)
ok = Resp(204)
print(ep.http_response(None, ok) is ok, ep.https_response(None, Resp(418, 'Tea')))
try:
    urllib.request.HTTPDefaultErrorHandler().http_error_default(Request('http://h/q'), None, 404, 'NF', {})
except urllib.error.HTTPError as e:
    print(type(e).__name__, e, e.filename)
h = urllib.request.HTTPHandler()
print(h._debuglevel, urllib.request.HTTPHandler(debuglevel=2)._debuglevel)
h.set_http_debuglevel(1)
print(h._debuglevel)
h.add_parent(OpenerDirector())
req = h.http_request(Request('http://h:8/p', data=b'abc'))
print(req.headers, sorted(req.unredirected_hdrs.items()))
req = h.http_request(Request('http://h/p', data=iter([b'a'])))
print(sorted(req.unredirected_hdrs.items()))
for bad in (Request('http:///p'),):
    try:
        h.http_request(bad)
    except urllib.error.URLError as e:
        print(type(e).__name__, e)
try:
    h.http_request(Request('http://h/', data='s'))
except TypeError as e:
    print(type(e).__name__, e)
