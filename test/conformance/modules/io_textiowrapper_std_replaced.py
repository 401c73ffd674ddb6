# sys.stdout/sys.stderr replaced by TextIOWrapper over their buffers: a warning and an uncaught traceback written in the new encoding, flushed at exit
import sys, io
sys.stderr = io.TextIOWrapper(sys.stderr.buffer, encoding='ascii', errors='backslashreplace')
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8')
print('out é')
import warnings; warnings.warn('careful é')
raise ValueError('bad \u2603')
