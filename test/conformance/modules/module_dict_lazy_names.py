import sys, os, re, unicodedata
print(type(sys).__dict__['__dict__'])
print(dir(sys) == sorted(vars(sys)))
for m in (sys, os, re, unicodedata):
    v = vars(m)
    print(m.__name__, '__dir__' in v, '__getattr__' in v)
print('stdlib_module_names' in vars(sys), 'environ' in os.__dict__, 'Scanner' in re.__dict__, 'UCD' in vars(unicodedata))
try: sys.__dict__ = {}
except AttributeError as e: print(e)
