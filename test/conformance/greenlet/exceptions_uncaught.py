# greenlet: an exception no greenlet catches ends the program with the whole traceback
from greenlet import greenlet, getcurrent

main = getcurrent()

def level2(x):
    main.switch(x)
    return 10 // x

def level1():
    return level2(0) + 1

g = greenlet(level1)
print('first switch:', g.switch())
print('second switch:')
g.switch()
print('not reached')
