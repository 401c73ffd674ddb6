# sys.exit inside nested calls and loops unwinds everything; exit status 4
import sys
def level3(n):
    if n == 2:
        print("exiting from level3")
        sys.exit(4)
    return n
def level2(n):
    try:
        return level3(n)
    finally:
        print("level2 finally", n)
def level1():
    for i in range(5):
        print("iteration", i, "->", level2(i))
level1()
print("not reached")
