# sys.exit with an int: finally blocks run, nothing is printed, the code is the exit status
import sys
def shutdown():
    try:
        print("shutting down")
        sys.exit(3)
    finally:
        print("finally runs on sys.exit")
try:
    shutdown()
except Exception:
    print("never: SystemExit is not an Exception")
print("never")
