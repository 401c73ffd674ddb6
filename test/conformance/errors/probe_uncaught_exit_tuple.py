# sys.exit with a tuple prints it to stderr and exits with 1
import sys
sys.exit((1, 2))
