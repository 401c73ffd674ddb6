# urllib.parse.unwrap, clear_cache and the split*()/to_bytes() helpers deprecated since 3.8 (with their warnings).
import urllib.parse as up, warnings
print(up.unwrap("<URL:http://a.b/c>"), up.unwrap("  <http://x>  "), up.unwrap("plain"))
print(up.splittype("http://h/p"), up.splithost("//user@h:80/p?q"), up.splituser("user:pw@host"), up.splitpasswd("user:pw"), up.splitport("h:8080"), up.splitport("h:x"))
print(up.splitnport("h:80"), up.splitnport("h:bad"), up.splitnport("h", 21), up.splitquery("/p?q=1"), up.splittag("/p#frag"), up.splitattr("/p;a=1;b"), up.splitvalue("a=1"), up.to_bytes("abc"))
try: up.to_bytes("é")
except UnicodeError as e: print("UE", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always"); up.splittype("x:y"); up.splithost("//h")
    print([(str(x.message), x.category.__name__, x.lineno) for x in w])
up.clear_cache(); print(up.clear_cache())
up.splitport("h:1")
