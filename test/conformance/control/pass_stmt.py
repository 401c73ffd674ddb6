# pass as a placeholder in blocks, functions, classes and loops
def nothing():
    pass
print(nothing())
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x)
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
def only_doc():
    "just a docstring"
print(only_doc(), only_doc.__doc__)
x = 0
while x < 3:
    x += 1
    if x == 2:
        pass
    print(x)
