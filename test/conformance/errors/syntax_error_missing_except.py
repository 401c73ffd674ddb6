# a try block with neither except nor finally
print("never printed")
try:
    a = 1
except NameError:
    a = 0
try:
    x = 1
    y = 2
print(x + y)
print(a)
