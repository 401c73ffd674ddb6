# a bare raise in an except block re-raises the original exception with its traceback
def risky():
    return {}["missing"]
try:
    risky()
except KeyError as e:
    print("first time handled:", repr(e))
try:
    risky()
except KeyError as e:
    print("logging:", repr(e))
    raise
print("not reached")
