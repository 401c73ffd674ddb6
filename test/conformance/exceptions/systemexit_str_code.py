# sys.exit with a string: it is printed to stderr and the exit status is 1
import sys
print("before exit")
sys.exit("fatal: configuration missing")
