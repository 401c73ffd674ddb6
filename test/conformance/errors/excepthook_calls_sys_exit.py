# sys.exit() inside sys.excepthook ends the program with that status, no "Error in sys.excepthook"
import sys
def hook(t, v, tb):
    print("hook", file=sys.stderr)
    sys.exit("bye from hook")
sys.excepthook = hook
raise KeyError("x")
