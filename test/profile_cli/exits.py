# sys.exit inside the profiled script: the report is still printed and cProfile exits 0.
import sys


def stop(code):
    sys.exit(code)


print('before')
stop(3)
print('not reached')
