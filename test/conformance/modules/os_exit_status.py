# os._exit's argument: an int whose low 8 bits are the exit status; other arguments are refused
import os, sys

for bad in ('x', 1.5, None, 2**31, -2**31 - 1, [1]):
    try:
        os._exit(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os._exit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    os._exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    os._exit(status=1, other=2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(os._exit).__name__, os._exit.__name__)
sys.stdout.flush()
os._exit(status=256 + 42)
