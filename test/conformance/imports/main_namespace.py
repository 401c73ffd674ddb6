# The __main__ namespace of a program file: its names in order, __annotations__ and __cached__
print(list(globals()))
print(dir())
print(__name__, __doc__, __package__, __spec__, __cached__, __annotations__)
x: int = 5
y = 2
z: str
print(__annotations__, list(globals())[-2:])
import sys
main = sys.modules["__main__"]
print(main.__annotations__ is __annotations__, main.__cached__, sorted(vars(main))[:9])
def f():
    return list(globals())[:9] == list(main.__dict__)[:9]
print(f(), '__annotations__' in dir(main), hasattr(main, '__cached__'))
