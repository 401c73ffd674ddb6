# Errors of resolving an import: relative imports without a package, empty names, a None in sys.modules
import sys
def attempt(src, g):
    try:
        exec(src, g)
        print(src, '-> ok')
    except Exception as e:
        print(src, '->', type(e).__name__, e)
attempt("from . import x", {})
attempt("from .mod import x", {'__name__': 'top'})
attempt("from . import x", {'__name__': 'pkg.mod'})
attempt("from .. import x", {'__name__': 'pkg.mod'})
attempt("from . import x", {'__package__': 3})
attempt("from . import x", {'__package__': ''})
attempt("from ... import x", {'__package__': 'a.b'})
attempt("from . import x", {'__name__': 7})
attempt("__import__('')", {})
attempt("__import__('x', level=-1)", {})
sys.modules['_mod_blocked'] = None
attempt("import _mod_blocked", {})
attempt("import _mod_util; _mod_util.nothing_here", {})
m = type(sys)('renamed')
m.__name__ = 5
try:
    m.missing
except AttributeError as e:
    print(e)
