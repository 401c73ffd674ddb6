# CPython's messages for NameError, UnboundLocalError and free variables
def report(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def undefined():
    return some_undefined_name
report(undefined)
def local_before_assignment():
    print(x)
    x = 1
report(local_before_assignment)
def deleted_local():
    y = 1
    del y
    return y
report(deleted_local)
def free_variable():
    def inner():
        return z
    r = inner
    del_later = r
    z = 0
    del z
    return inner()
report(free_variable)
g = 1
def global_deleted():
    global g
    del g
    return g
report(global_deleted)
report(lambda: [w for w in range(2)] + [undefined_in_lambda])
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
