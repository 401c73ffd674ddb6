# sys.argv holds the script name (as given on the command line) and no extra arguments
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(type(sys.argv).__name__, isinstance(sys.argv[0], str))
print(sys.argv[0].endswith(".py"), sys.argv[1:])
name = sys.argv[0]
print(name[:-3])
args = sys.argv[1:]
if not args:
    print("no arguments given")
sys.argv.append("extra")
print(sys.argv[-1], len(sys.argv))
