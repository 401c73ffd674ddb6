import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def choose(x):
    if x == 1:
        r = 'one'
    elif x == 2:
        r = 'two'
    elif (x == 3 or
          x == 4):
        r = 'three-four'
    else:
        r = 'other'
    if x:
        pass
    if True:
        r += '!'
    if not x:
        r = ''
    return r


def ends_with_if(x):
    if x:
        y = 1
    else:
        y = 2


sys.settrace(tracer)
for v in (1, 2, 4, 7, 0):
    print(choose(v))
ends_with_if(0)
ends_with_if(1)
sys.settrace(None)
