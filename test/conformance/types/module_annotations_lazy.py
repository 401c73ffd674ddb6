# module.__annotations__ is made empty in the module's dict on first read, settable and deletable
import types
m = types.ModuleType('m', 'doc')
print(sorted(m.__dict__))
print(m.__annotations__, '__annotations__' in m.__dict__)
m.__annotations__ = {'x': int}
print(m.__dict__['__annotations__'])
del m.__annotations__
print('__annotations__' in m.__dict__)
try:
    del m.__annotations__
except AttributeError as e:
    print(type(e).__name__, e)
x: int = 5
import sys
print(sys.modules[__name__].__annotations__)
