# an exception raised inside an except block shows the implicit context chain
def cleanup():
    return 1 / 0
data = {"a": 1}
try:
    print(data["a"])
except KeyError:
    print("not raised the first time")
try:
    print(data["b"])
except KeyError:
    print("handling KeyError")
    cleanup()
print("not reached")
