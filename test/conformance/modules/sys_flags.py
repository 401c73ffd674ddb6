# sys.flags (a struct sequence of the command line's switches), sys.warnoptions, sys._xoptions
import sys
f = sys.flags
print(type(f).__name__, len(f), isinstance(f, tuple))
print(f.debug, f.inspect, f.interactive, f.optimize, f.verbose, f.quiet, f.isolated, f.dev_mode, f.safe_path, f.int_max_str_digits)
print(f[0], f[3], f.hash_randomization)
print(sys.warnoptions, sys._xoptions)
try:
    f.debug = 1
except AttributeError as e:
    print(type(e).__name__)
import traceback
print(traceback.clear_frames(None))
