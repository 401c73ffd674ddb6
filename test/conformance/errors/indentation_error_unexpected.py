# an indented line where no block was opened
print("never printed")
def area(w, h):
    return w * h
x = 1
y = 2
if x < y:
    print("x is smaller")
print(area(x, y))
    z = x + y
print(z)
