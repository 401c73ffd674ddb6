# An exception escaping the profiled script: the report, then the traceback, exit 1.
def fail():
    raise ValueError('boom')


print('before')
fail()
