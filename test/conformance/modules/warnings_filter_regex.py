# warnings filters: message (case-insensitive) and module are regular expressions matched at the start; warn frames are C
import warnings
warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="skip.*me")
warnings.filterwarnings("ignore", message="SKIP")
warnings.filterwarnings("error", message=r"fatal \d+")
print(warnings.filters[:3])
warnings.warn("skip this me")
warnings.warn("Skip: case-insensitive")
warnings.warn("not skipped SKIP")
try:
    warnings.warn("Fatal 12 here")
except UserWarning as e:
    print("error", e)
warnings.warn("fatal x")
warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", module="__ma")
warnings.warn("ignored: module prefix regex")
warnings.filterwarnings("always", module="zzz")
warnings.warn_explicit("explicit shown", UserWarning, "other.py", 3, module="__main__x")
warnings.filterwarnings("ignore", module=r"other\Z")
warnings.warn_explicit("explicit ignored", UserWarning, "other.py", 4, module="other")
warnings.warn_explicit("explicit not ignored", UserWarning, "other.py", 5, module="otherwise")
print(len(warnings.filters))
warnings.resetwarnings()
warnings.simplefilter("error")
def f():
    warnings.warn("deep", RuntimeWarning, stacklevel=2)
def g():
    f()
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError", e)
g()
