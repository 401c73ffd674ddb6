# urlopen and urlretrieve on file: URLs: bytes, headers, the URL back, and the errors (URLError around the OSError).
import tempfile
import os, json, urllib.request, urllib.error, pathlib
os.chdir(tempfile.mkdtemp())
with open("a.txt", "w") as f: f.write("hello\nworld\n")
with open("d.json", "w") as f: f.write("{\"k\": 1}")
here = os.getcwd()
url = pathlib.Path("a.txt").resolve().as_uri()
with urllib.request.urlopen(url) as r:
    print(r.read(), r.geturl().replace(here, "<dir>"), r.status if hasattr(r, "status") else None, r.getcode())
    h = r.info(); print(h["Content-type"], h["Content-length"], type(h).__name__, "Last-modified" in h)
r = urllib.request.urlopen("file://" + here + "/d.json"); print(json.load(r), r.headers["Content-Type"]); r.close()
r = urllib.request.urlopen("file://localhost" + here + "/a.txt"); print(r.readlines(), r.geturl().replace(here, "<dir>"))
print(urllib.request.urlopen(urllib.request.Request("file:" + here + "/a.txt")).readline())
for bad in ["file:///nonexistent/zz.txt", "file://example.invalid/a.txt", "file://" + here]:
    try: urllib.request.urlopen(bad)
    except urllib.error.URLError as e: print(type(e).__name__, str(e).replace(here, "<dir>"), type(e.reason).__name__)
print(urllib.request.url2pathname("/a%20b/c"), urllib.request.pathname2url("/a b/c"))
print([type(h).__name__ for h in urllib.request.build_opener().handlers if type(h).__name__ in ("FileHandler", "DataHandler", "UnknownHandler")])
fn, hd = urllib.request.urlretrieve("file://" + here + "/a.txt"); print(fn.replace(here, "<dir>"), hd["Content-length"])
calls = []
fn, hd = urllib.request.urlretrieve(url, "copy.txt", reporthook=lambda *a: calls.append(a)); print(fn, open(fn).read(), calls)
fn, hd = urllib.request.urlretrieve("data:text/plain,abc"); print(open(fn).read(), os.path.exists(fn), hd["Content-type"]); urllib.request.urlcleanup(); print(os.path.exists(fn))
