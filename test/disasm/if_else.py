if a:
    x = 1
elif b:
    x = 2
else:
    x = 3
if not a:
    pass
if a and b:
    f()
if a or b:
    f()
if not (a and b):
    f()
if (a or b) and c:
    f()
if a < b < c:
    f()
if 0:
    dead()
if 1:
    live()
x = a if b else c
