# $PYTHONBREAKPOINT with a leading dot is ignored with a warning; dir() in eval with a dict subclass asks keys().
import os, warnings
for v in ['.', '.foo', '.int', 'nosuchmod_zz.f', 'builtins.nosuch']:
    os.environ['PYTHONBREAKPOINT'] = v
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(repr(v), breakpoint(), [str(x.message) for x in w])
class D(dict):
    def keys(self): return list('zyx')
print(eval('dir()', {}, D(a=1)))
