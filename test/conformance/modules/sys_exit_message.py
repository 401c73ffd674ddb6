# sys.exit("message") prints the message to stderr and exits with status 1
import sys
print("about to fail")
for i in range(3):
    print("step", i)
print("stdout is kept; the message goes to stderr")
sys.stdout.flush()
def fail():
    sys.exit("fatal: something went wrong")
fail()
print("not reached")
