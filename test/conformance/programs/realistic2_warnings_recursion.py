# warnings.warn output (categories, stacklevel, filters, once/error/always) and recursion limits
import warnings
import sys

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

def legacy(x):
    warnings.warn(f"legacy value {x}")
    return x

class ConfigWarning(UserWarning):
    pass

print(old_api(1))
for i in range(3):
    legacy(i)
warnings.warn("module level", ConfigWarning)
warnings.warn("runtime thing", RuntimeWarning)
warnings.warn(ConfigWarning("instance warning"))
warnings.simplefilter("always")
for i in range(2):
    legacy(i)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(2)
    warnings.warn("bytes!", BytesWarning)
    legacy(9)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", ConfigWarning)
    try:
        warnings.warn("now an error", ConfigWarning)
    except ConfigWarning as e:
        print("raised:", type(e).__name__, e)
    warnings.warn("other still warns", UserWarning)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="legacy.*")
    legacy(100)
    warnings.warn("not filtered")
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
def custom_show(message, category, filename, lineno, file=None, line=None):
    print(f"CUSTOM {category.__name__} at line {lineno}: {message}")
old = warnings.showwarning
warnings.showwarning = custom_show
warnings.warn("through custom hook")
warnings.showwarning = old
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line text"), end="")
warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 3)

def depth(n):
    return 1 + depth(n + 1) if n < 10 ** 6 else 0
print(sys.getrecursionlimit())
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(120)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(100))
try:
    count(200)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
class Node:
    def __init__(self, nxt=None): self.nxt = nxt
    def __repr__(self): return f"Node({self.nxt!r})"
n = Node(); n.nxt = n
try:
    repr(n)
except RecursionError as e:
    print("RecursionError in repr:", e)
l = []; l.append(l); d = {}; d[1] = d
print(l, d, str([l, l]))
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
def recurse_forever(n):
    return recurse_forever(n + 1) + 1
recurse_forever(0)
