# sys.exit() and sys.exit(0) give exit status 0; finally blocks run on the way out
import sys
print("start")
def work():
    try:
        print("working")
        sys.exit()
    finally:
        print("cleanup in finally")
work()
print("not reached")
