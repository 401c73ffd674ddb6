# SystemExit from deep inside calls, through with blocks and finally, with a code of 256 + 7
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__, v.code)
        return False
def inner():
    with CM():
        sys.exit(263)
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
