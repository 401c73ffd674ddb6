# PEP 562: a module-level __getattr__ supplies attributes the module does not define.
import _mod_lazy

print(_mod_lazy.present)
print(_mod_lazy.computed_answer)
print(getattr(_mod_lazy, 'computed_x'), hasattr(_mod_lazy, 'missing'))
from _mod_lazy import computed_y
print(computed_y)
try:
    _mod_lazy.missing
except AttributeError as e:
    print('AttributeError', e)
