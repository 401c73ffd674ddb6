# atexit._run_exitfuncs() runs the calls now and forgets them; _clear() forgets them unrun;
# a call registered while they run runs too; sys.exit's status stays the program's.
import atexit
import sys

atexit.register(print, 'a')
atexit.register(print, 'b')
atexit._run_exitfuncs()
print('after run', atexit._ncallbacks())
atexit.register(print, 'never')
atexit._clear()
print('after clear', atexit._ncallbacks())


def registers_more():
    print('registering one more while exiting')
    atexit.register(print, 'registered during exit')


atexit.register(print, 'runs at exit')
atexit.register(registers_more)
sys.exit(5)
