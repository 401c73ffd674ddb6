# os._exit inside an atexit call ends the process at once with its status: the calls
# registered before it do not run. (Output is flushed first: CPython's os._exit drops
# what is still buffered.)
import atexit
import os
import sys


def never():
    print('never runs: registered before the call that exits')


def exits():
    print('exiting from an atexit call')
    sys.stdout.flush()
    os._exit(7)


atexit.register(never)
atexit.register(exits)
atexit.register(print, 'runs first')
print('main done')
