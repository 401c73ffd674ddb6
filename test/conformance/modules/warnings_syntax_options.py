# the warnings module reads sys.warnoptions (the -W options) when imported; the compiler's SyntaxWarnings
# go through its filters
import sys
import warnings
print(sys.warnoptions, warnings.filters[0][0])
for opts in (["ignore"], ["error::SyntaxWarning"], ["always"], ["i::DeprecationWarning", "e::SyntaxWarning"],
             ["bogus"], ["ignore::NoSuchWarning"], ["ignore::os.Nope"], ["ignore::nosuchmodule.X"], ["a:b:c:d:e:f"],
             ["ignore:::x:-1"], ["ignore::int"]):
    saved = warnings.filters[:]
    warnings._processoptions(opts)
    print(opts, [(a, c.__name__, m, n) for a, _, c, m, n in warnings.filters[:len(warnings.filters) - len(saved)]])
    warnings.filters[:] = saved
warnings._processoptions(["error::SyntaxWarning"])
try:
    compile("x is 1", "<w>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e)
warnings._processoptions(["ignore::SyntaxWarning"])
print(eval("1 is 1"))
