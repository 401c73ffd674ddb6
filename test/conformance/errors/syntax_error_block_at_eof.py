# a block missing at the end of a program file: CPython reading a file shows no caret there
print("never printed")
for i in range(3):
