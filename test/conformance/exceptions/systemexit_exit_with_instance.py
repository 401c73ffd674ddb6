# sys.exit(a SystemExit instance) raises that instance itself; other exceptions become the code
import sys
class MyExit(SystemExit):
    pass
for arg in [MyExit(3), SystemExit(4), MyExit(), ValueError("v"), KeyError("k")]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(type(e).__name__, e is arg, repr(e.code), e.args)
print("exiting")
sys.exit(MyExit(9))
