# os._exit in the program skips the atexit calls, and the finally blocks on the way.
import atexit
import os
import sys

atexit.register(print, 'never: os._exit skips atexit')
try:
    print('before os._exit')
    sys.stdout.flush()
    os._exit(3)
finally:
    print('never: nor finally blocks')
