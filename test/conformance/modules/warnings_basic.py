import warnings
def f():
    warnings.warn("careful", stacklevel=2)
warnings.warn("plain")
warnings.warn("dep", DeprecationWarning)
f()
for i in range(3):
    warnings.warn("loop")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec", UserWarning)
    warnings.warn("rec2", RuntimeWarning)
print(len(w), w[0].message, w[0].category.__name__, type(w[0].message).__name__, w[1].lineno)
warnings.filterwarnings("ignore", category=UserWarning)
warnings.warn("ignored")
warnings.warn("shown", RuntimeWarning)
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print('raised', e)
warnings.resetwarnings()
warnings.warn(Warning("instance"))
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "line"))
import sys
print(sys._getframe(0).f_lineno)
warnings.simplefilter('once')
for i in range(2):
    warnings.warn('once only', RuntimeWarning)
def helper():
    warnings.warn('from helper', UserWarning, stacklevel=1)
helper()
helper()
warnings.filterwarnings('ignore', message='skip')
warnings.warn('skip this one')
warnings.warn('Skip me too')
warnings.warn('keep this')
try:
    warnings.warn('bad', int)
except TypeError as e:
    print('TypeError', e)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('silenced')
warnings.warn('after catch', SyntaxWarning)
