# warn/warn_explicit argument errors, a non-callable showwarning, source= and record=True
import warnings, sys

def t(label, fn):
    try:
        print(label, "ok", fn())
    except Exception as e:
        print(label, type(e).__name__, e)

t("registry int", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=5))
t("module_globals", lambda: warnings.warn_explicit("m", UserWarning, "f.py", 3, module_globals=5))
t("lineno str", lambda: warnings.warn_explicit("m", UserWarning, "f.py", "4"))
t("filename int", lambda: warnings.warn_explicit("m", UserWarning, 5, 4))
t("category None", lambda: warnings.warn_explicit("m", None, "f.py", 5))
t("stacklevel str", lambda: warnings.warn("m", UserWarning, "x"))
t("stacklevel 0", lambda: warnings.warn("level zero", UserWarning, 0))
t("stacklevel -5", lambda: warnings.warn("level neg", UserWarning, -5))
t("empty filename", lambda: warnings.warn_explicit("empty file", UserWarning, "", 7))
old = warnings.showwarning
warnings.showwarning = 42
t("noncallable show", lambda: warnings.warn("nc"))
warnings.showwarning = old
saved = warnings.filters
warnings.filters = ()
t("filters tuple", lambda: warnings.warn("ft"))
warnings.filters = saved

class Obj:
    pass
warnings.simplefilter("always")
warnings.warn("unclosed thing", ResourceWarning, source=Obj())
warnings.warn("user with source", UserWarning, source=Obj())

with warnings.catch_warnings(record=True) as log:
    print(warnings.filters is not saved)
    warnings.warn("recorded", source=1)
    warnings.showwarning = lambda *a: print("override wins:", a[0])
    warnings.warn("shown by the override")
print(len(log), str(log[0].message), log[0].source)
print(warnings.showwarning is old, warnings.filters is saved)
print(repr(warnings.catch_warnings(module=sys)), repr(warnings.catch_warnings(record=True)))
