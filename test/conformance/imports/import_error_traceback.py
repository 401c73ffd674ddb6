# an uncaught exception raised inside an imported module shows frames from both files
import _mod_raiser
print(_mod_raiser.compute([1, 2, 5]))
try:
    _mod_raiser.fail("handled failure")
except ValueError as e:
    print("caught:", e)
def run():
    return _mod_raiser.compute([4, 0, 2])
print("calling run")
run()
print("not reached")
