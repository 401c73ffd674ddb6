x = a and b
y = a or b or c
z = a and b or c
w = (a or b) and c
v = not a
u = not (a == b)
