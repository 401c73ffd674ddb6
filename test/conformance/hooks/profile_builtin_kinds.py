import sys
def show(frame, event, arg):
    if event.startswith('c_'):
        print(event, arg.__qualname__, type(arg.__self__).__name__ if hasattr(arg, '__self__') else '-')
sys.setprofile(show)
dict.fromkeys([1])
[].__len__()
[1].__getitem__(0)
{}.__contains__(1)
'abc'.__len__()
list.__len__([])
(1).__add__(2)
'a'.upper()
str.upper('a')
int.from_bytes(b'\x01', 'big')
sys.setprofile(None)
