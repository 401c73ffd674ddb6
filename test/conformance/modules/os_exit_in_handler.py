# os._exit inside an except handler and a loop: no traceback, no atexit-style cleanup, the status given
import os, sys

def risky(i):
    if i == 3:
        raise ValueError('bad item %d' % i)
    return i * 2

total = 0
for i in range(10):
    try:
        total += risky(i)
    except ValueError as e:
        print('error:', e, 'total so far', total)
        print('leaving', file=sys.stderr)
        sys.stdout.flush()
        try:
            os._exit(-1)
        finally:
            print('never printed')
    finally:
        print('loop finally', i)
print('not reached')
