# A metaclass's __setattr__/__delattr__ run for assignments to its classes' attributes.
class Guarded(type):
    def __setattr__(cls, name, value):
        if name.startswith('locked'):
            raise AttributeError('cannot set %r' % name)
        print('set', name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('del', name)
        super().__delattr__(name)

class Box(metaclass=Guarded):
    pass

Box.size = 3
setattr(Box, 'color', 'red')
print(Box.size, Box.color)
del Box.size
delattr(Box, 'color')
print(hasattr(Box, 'size'), hasattr(Box, 'color'))
try:
    Box.locked = 1
except AttributeError as e:
    print('AttributeError', e)
type.__setattr__(Box, 'locked_raw', 5)
print(Box.locked_raw)
