while 1:
    if f():
        break
while x:
    x -= 1
else:
    print("else")
while 0:
    print("never")
else:
    print("only this")
def g():
    while True:
        if f():
            return 1
