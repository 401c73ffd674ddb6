import sys
print("args", sys.argv)
sys.exit(3)
