# finally blocks run while an uncaught exception propagates
def inner():
    try:
        print("inner try")
        raise RuntimeError("boom")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
print("not reached")
